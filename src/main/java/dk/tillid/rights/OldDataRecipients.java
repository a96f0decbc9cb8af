package dk.tillid.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tillid.privacy.disclosure.DisclosureRecord;

/**
 * Who received old data, from the disclosure ledger: every disclosure (delivered, or of unknown
 * outcome) made before a category it carried was corrected. A recipient has been told once a
 * pass-on to it, made after the correction, named that category.
 */
final class OldDataRecipients {

    private OldDataRecipients() {
    }

    static List<OldDataRecipient> of(List<DisclosureRecord> ledger, List<RequestStep> steps) {
        Map<String, Instant> corrected = new LinkedHashMap<>();
        steps.stream().filter(step -> step.kind() == RequestStep.Kind.CORRECTED)
                .forEach(step -> corrected.put(step.categories().get(0), step.effectiveAt()));
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (DisclosureRecord record : ledger) {
            if (record.status() == DisclosureRecord.Status.FAILED) {
                continue;
            }
            List<String> old = record.categories().stream()
                    .filter(category -> corrected.containsKey(category) && record.disclosedAt().isBefore(corrected.get(category)))
                    .toList();
            if (!old.isEmpty()) {
                groups.computeIfAbsent(List.of(record.recipient(), record.recipientName()), key -> new Group()).add(record, old);
            }
        }
        List<OldDataRecipient> recipients = new ArrayList<>();
        groups.forEach((key, group) -> recipients.add(group.toRecipient(key.get(0), key.get(1), corrected, steps)));
        return recipients;
    }

    private static final class Group {

        private final Set<String> categories = new LinkedHashSet<>();
        private final List<Instant> disclosedAt = new ArrayList<>();
        private DisclosureRecord newest;

        void add(DisclosureRecord record, List<String> old) {
            categories.addAll(old);
            disclosedAt.add(record.disclosedAt());
            newest = record;
        }

        OldDataRecipient toRecipient(String recipient, String name, Map<String, Instant> corrected, List<RequestStep> steps) {
            List<RequestStep> passOns = steps.stream().filter(step -> step.kind() == RequestStep.Kind.PASSED_ON
                    && recipient.equals(step.recipient()) && name.equals(step.recipientName())).toList();
            List<String> outstanding = categories.stream().filter(category -> passOns.stream().noneMatch(step ->
                    step.categories().contains(category) && !step.takenAt().isBefore(corrected.get(category)))).toList();
            Instant toldAt = passOns.isEmpty() ? null : passOns.get(passOns.size() - 1).takenAt();
            return new OldDataRecipient(recipient, name, List.copyOf(categories), disclosedAt, newest.purpose(),
                    newest.legalBasis(), outstanding, toldAt);
        }
    }
}
