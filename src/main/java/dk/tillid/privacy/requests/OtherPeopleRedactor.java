package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.NameKey;
import dk.tillid.privacy.spi.OtherPeople;
import dk.tillid.privacy.spi.PersonalData.Holding;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * GDPR Art. 15(4): a copy of a person's data must not give away other people's. In what the agency
 * or others wrote (origin THE_AGENCY or OTHERS; what the person gave is theirs and stays as it is),
 * the full names of other people Tillid knows (persons and staff), and e-mail addresses and phone
 * numbers that are not the person's own, become a marker; a value that is wholly a staff member
 * (who recorded something) becomes the agency. The person's own name is never redacted, even
 * where someone else has the same name. Every directory is asked once per package.
 */
@Component
class OtherPeopleRedactor {


    private final List<OtherPeople> directories;
    private final MessageSource messages;

    OtherPeopleRedactor(List<OtherPeople> directories, MessageSource messages) {
        this.directories = List.copyOf(directories);
        this.messages = messages;
    }

    /** The holdings with other people left out of what others wrote; the same holdings if there was nothing to do. */
    List<Holding> redact(SubjectId subject, List<Holding> holdings, Locale locale) {
        Set<String> keys = new HashSet<>();
        // Texts that mention anything a cut could fall on; the rest (dates, hours, ids: most of a
        // package) are not scanned again, only checked whole for a staff member's name.
        Set<String> mentioning = new HashSet<>();
        holdings.forEach(holding -> holding.items().stream().filter(OtherPeopleRedactor::writtenByOthers)
                .forEach(item -> TextValues.forEach(item.value(), text -> {
                    if (keysOf(text, keys) || ContactMentions.mayHold(text)) {
                        mentioning.add(text);
                    }
                })));
        if (keys.isEmpty() && mentioning.isEmpty()) {
            return holdings;
        }
        TextRedaction redaction = known(subject, keys, locale);
        UnaryOperator<String> redact = text -> mentioning.contains(text) ? redaction.apply(text) : redaction.applyWhole(text);
        List<Holding> redacted = new ArrayList<>(holdings.size());
        for (Holding holding : holdings) {
            List<PersonalDataItem> items = holding.items().stream()
                    .map(item -> writtenByOthers(item) ? redacted(item, redact) : item).toList();
            redacted.add(new Holding(holding.source(), items));
        }
        return redacted;
    }

    private static boolean writtenByOthers(PersonalDataItem item) {
        return item.origin() != PersonalDataItem.Origin.THE_PERSON;
    }

    /** Adds the name keys the text may hold; true if it mentions a name (a cut may fall in it). */
    private static boolean keysOf(String text, Set<String> keys) {
        List<NameMentions.Mention> mentions = NameMentions.in(text);
        mentions.forEach(mention -> keys.add(mention.key()));
        // A short value on its own may be a user name (one word); dates, numbers and ids are not asked about.
        if (text.length() <= TextRedaction.WHOLE_VALUE && text.chars().anyMatch(Character::isLetter)) {
            keys.add(NameKey.of(text.strip()));
        }
        return !mentions.isEmpty();
    }

    /** Who of the names found is someone else, and what is the person's own: one question per directory. */
    private TextRedaction known(SubjectId subject, Set<String> keys, Locale locale) {
        Set<String> ownNames = new HashSet<>();
        Set<String> ownEmails = new HashSet<>();
        Set<String> ownPhones = new HashSet<>();
        Set<String> others = new HashSet<>();
        Set<String> staff = new HashSet<>();
        for (OtherPeople directory : directories) {
            OtherPeople.Self self = directory.self(subject);
            ownNames.addAll(self.names());
            self.emails().forEach(email -> ownEmails.add(email.toLowerCase(Locale.ROOT)));
            self.phones().forEach(phone -> ownPhones.add(ContactMentions.digits(phone)));
            Set<String> named = directory.namedAmong(subject, keys);
            others.addAll(named);
            if (directory.kind() == OtherPeople.Kind.STAFF) {
                staff.addAll(named);
            }
        }
        others.removeAll(ownNames);
        staff.removeAll(ownNames);
        return new TextRedaction(ownNames, ownEmails, ownPhones, others, staff, markers(locale));
    }

    private TextRedaction.Markers markers(Locale locale) {
        return new TextRedaction.Markers(messages.getMessage("package.redacted.person", null, locale),
                messages.getMessage("package.redacted.email", null, locale),
                messages.getMessage("package.redacted.phone", null, locale), AccessPackages.AGENCY);
    }

    private static PersonalDataItem redacted(PersonalDataItem item, UnaryOperator<String> redaction) {
        Object value = TextValues.map(item.value(), redaction);
        return value == item.value() ? item : new PersonalDataItem(item.category(), item.field(), value, item.origin());
    }
}
