package dk.tillid.placement;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The profile as the e-mail's plain text, in Danish (the agency's clients are Danish companies). */
@Component
class ClientProfileText {

    static final Locale CLIENTS = Locale.forLanguageTag("da");

    private final MessageSource messages;

    ClientProfileText(MessageSource messages) {
        this.messages = messages;
    }

    String render(ClientProfile profile, String jobTitle) {
        StringBuilder text = new StringBuilder();
        text.append(message("placement.mail.intro", jobTitle)).append("\n\n");
        line(text, "placement.profile.name", profile.name());
        line(text, "placement.profile.headline", profile.headline());
        line(text, "placement.profile.skills", String.join(", ", profile.skills()));
        line(text, "placement.profile.languages", profile.languages().stream()
                .map(skill -> skill.name(CLIENTS) + " (" + message("placement.level." + skill.level()) + ")")
                .collect(Collectors.joining(", ")));
        line(text, "placement.profile.availableFrom",
                profile.availableFrom() == null ? message("placement.profile.now") : profile.availableFrom().toString());
        line(text, "placement.profile.workType", message("placement.workType." + profile.workType()));
        section(text, "placement.profile.experience", profile.experience());
        section(text, "placement.profile.education", profile.education());
        text.append('\n').append(message("placement.mail.outro"));
        return text.toString();
    }

    private void section(StringBuilder text, String heading, java.util.List<ClientProfile.Period> periods) {
        if (periods.isEmpty()) {
            return;
        }
        text.append('\n').append(message(heading)).append(":\n");
        for (ClientProfile.Period period : periods) {
            text.append("- ").append(period.title());
            if (period.fromYear() != null || period.toYear() != null) {
                text.append(", ").append(period.fromYear() == null ? "" : period.fromYear()).append('–')
                        .append(period.toYear() == null ? "" : period.toYear());
            }
            text.append('\n');
        }
    }

    private void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(message(label)).append(": ").append(value).append('\n');
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CLIENTS);
    }
}
