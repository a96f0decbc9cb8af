package dk.tillid.notification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The mail to or about a person still in the outbox. The export leaves out the texts: they may hold
 * secrets such as a confirmation link, which a copy of the export must not carry.
 */
@Component
@Order(200)
class NotificationPersonalData implements PersonalDataProvider {

    private final OutboxRepository outbox;

    NotificationPersonalData(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public String source() {
        return "notification";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return outbox.about(subject).stream().map(NotificationPersonalData::item).toList();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(Notifications.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return outbox.about(subject).isEmpty() ? ErasureReport.nothingHeld(source())
                    : new ErasureReport(source(), List.of(),
                            List.of(new ErasureReport.Kept(Notifications.CATEGORY, keep.reason(), keep.until())));
        }
        return outbox.deleteAbout(subject) == 0 ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(Notifications.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        outbox.deleteAbout(subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(Notifications.CATEGORY)));
        return deleted;
    }

    private static PersonalDataItem item(OutboxEntry entry) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("kind", entry.kind());
        value.put("createdAt", entry.createdAt().toString());
        value.put("status", entry.status().name());
        value.put("to", entry.to());
        value.put("subject", entry.subject());
        value.put("sentAt", entry.sentAt() == null ? null : entry.sentAt().toString());
        return new PersonalDataItem(Notifications.CATEGORY, "email", value, Origin.THE_AGENCY);
    }
}
