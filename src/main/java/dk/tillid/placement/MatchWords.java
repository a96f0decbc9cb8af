package dk.tillid.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.tillid.candidate.CandidateMatch;
import dk.tillid.candidate.MatchExplanation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A match's explanation as plain sentences in the reader's language, for the page and the API alike. */
@Component
class MatchWords {

    private final MessageSource messages;

    MatchWords(MessageSource messages) {
        this.messages = messages;
    }

    List<String> explain(CandidateMatch match, Locale locale) {
        MatchExplanation why = match.explanation();
        List<String> lines = new ArrayList<>();
        if (!why.matchedSkills().isEmpty()) {
            lines.add(message(locale, "placement.why.skills", String.join(", ", why.matchedSkills())));
        }
        if (!why.missingSkills().isEmpty()) {
            lines.add(message(locale, "placement.why.missing", String.join(", ", why.missingSkills())));
        }
        for (MatchExplanation.LanguageFit language : why.languages()) {
            String name = Locale.forLanguageTag(language.language()).getDisplayLanguage(locale);
            String required = message(locale, "placement.level." + language.required());
            lines.add(language.candidateLevel() == null
                    ? message(locale, "placement.why.language.none", name, required)
                    : message(locale, language.met() ? "placement.why.language.met" : "placement.why.language.short", name,
                    required, message(locale, "placement.level." + language.candidateLevel())));
        }
        lines.add(message(locale, "placement.why.location." + why.location()));
        lines.add(message(locale, "placement.why.availability." + why.availability()));
        lines.add(message(locale, why.workTypeFits() ? "placement.why.workType.fits" : "placement.why.workType.other",
                message(locale, "placement.workType." + why.wantedWorkType())));
        lines.add(message(locale, "placement.why.text." + why.text()));
        return lines;
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
