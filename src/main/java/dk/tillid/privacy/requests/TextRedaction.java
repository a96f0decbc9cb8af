package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dk.tillid.privacy.spi.NameKey;

/**
 * Rewrites one text of an access package once the directories have answered: what is someone
 * else's becomes a marker, what is the person's own stays. Where mentions overlap the longest wins,
 * so the person's own Anne Marie Holm keeps its Marie Holm even if that is someone else's name,
 * and an address lars.holm@firma.dk is redacted as an address, not as a name.
 */
record TextRedaction(Set<String> ownNames, Set<String> ownEmails, Set<String> ownPhones, Set<String> otherNames,
                     Set<String> staff, Markers markers) {

    /** A whole value this long may be a name or a user name on its own; longer ones are only searched. */
    static final int WHOLE_VALUE = 100;

    /** How a staff member who acted appears in the audit trail and other records (privacy.audit.Actor). */
    private static final Pattern STAFF_ACTOR = Pattern.compile("STAFF:\\S+");

    /** What replaces another person's name, e-mail address or phone number, and a staff member. */
    record Markers(String person, String email, String phone, String agency) {
    }

    /** A stretch of the text and what to put there; null keeps it (the person's own, shielding what it overlaps). */
    private record Cut(int start, int end, String replacement) {

        int length() {
            return end - start;
        }

        boolean overlaps(Cut other) {
            return start < other.end && other.start < end;
        }
    }

    /** The text with other people left out; the very same string if there was nothing to leave out. */
    String apply(String text) {
        String whole = applyWhole(text);
        if (whole != text) {
            return whole;
        }
        List<Cut> cuts = cuts(text);
        if (cuts.stream().allMatch(cut -> cut.replacement() == null)) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int at = 0;
        for (Cut cut : cuts) {
            if (cut.replacement() != null) {
                redacted.append(text, at, cut.start()).append(cut.replacement());
                at = cut.end();
            }
        }
        return redacted.append(text, at, text.length()).toString();
    }

    /** A value that is a staff member as a whole becomes the agency; any other text is returned as it is. */
    String applyWhole(String text) {
        String whole = text.strip();
        if (STAFF_ACTOR.matcher(whole).matches()
                || whole.length() <= WHOLE_VALUE && staff.contains(NameKey.of(whole))) {
            return markers.agency();
        }
        return text;
    }

    /** The mentions that count, longest first among overlapping ones, in the order of the text. */
    private List<Cut> cuts(String text) {
        List<Cut> found = new ArrayList<>();
        for (NameMentions.Mention name : NameMentions.in(text)) {
            if (ownNames.contains(name.key())) {
                found.add(new Cut(name.start(), name.end(), null));
            } else if (otherNames.contains(name.key())) {
                found.add(new Cut(name.start(), name.end(), markers.person()));
            }
        }
        for (ContactMentions.Mention contact : ContactMentions.in(text)) {
            boolean own = contact.kind() == ContactMentions.Kind.EMAIL ? ownEmails.contains(contact.value())
                    : ownPhones.stream().anyMatch(phone -> ContactMentions.same(phone, contact.value()));
            String marker = contact.kind() == ContactMentions.Kind.EMAIL ? markers.email() : markers.phone();
            found.add(new Cut(contact.start(), contact.end(), own ? null : marker));
        }
        found.sort(Comparator.comparingInt(Cut::length).reversed().thenComparingInt(Cut::start));
        List<Cut> chosen = new ArrayList<>();
        for (Cut cut : found) {
            if (chosen.stream().noneMatch(cut::overlaps)) {
                chosen.add(cut);
            }
        }
        chosen.sort(Comparator.comparingInt(Cut::start));
        return chosen;
    }

    @Override
    public String toString() {
        return "TextRedaction[values hidden]";
    }
}
