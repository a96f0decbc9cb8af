package dk.tillid.rights;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Text;
import dk.tillid.privacy.disclosure.DisclosureChannel;

/**
 * The mail that passes a correction on. It names the person (so the recipient can find its copy),
 * when we sent the data and which kinds of data were corrected — never the corrected values: the
 * recipient corrects or deletes its copy, and asks us if it needs the data again.
 */
final class PassOnText {

    static final String SUBJECT = "Rettede oplysninger / Corrected data";

    private PassOnText() {
    }

    static DisclosureChannel.Payload payload(Policy policy, String personName, OldDataRecipient recipient) {
        String sentOn = recipient.disclosedAt().stream().map(AgencyTime.DATE::format).distinct()
                .collect(Collectors.joining(", "));
        Policy.Controller agency = policy.controller();
        String text = "Til " + recipient.recipientName()
                + "\n\nDen " + sentOn + " sendte vi jer oplysninger om " + personName + ". Nogle af dem er siden rettet: "
                + names(policy, recipient.categories(), Text.DANISH) + "."
                + "\nRet eller slet venligst jeres kopi af disse oplysninger. Har I brug for de rettede oplysninger, så"
                + " kontakt os: " + agency.email() + ", " + agency.phone() + "."
                + "\nVi skriver, fordi databeskyttelsesforordningens artikel 19 pålægger os at give dem, der har fået"
                + " oplysninger, besked om rettelser.\n\nMed venlig hilsen\n" + agency.name()
                + "\n\n---\n\nTo " + recipient.recipientName()
                + "\n\nOn " + sentOn + " we sent you data about " + personName + ". Some of it has since been corrected: "
                + names(policy, recipient.categories(), java.util.Locale.ENGLISH) + "."
                + "\nPlease correct or delete your copy of that data. If you need the corrected data, contact us: "
                + agency.email() + ", " + agency.phone() + "."
                + "\nWe write because Article 19 of the GDPR obliges us to tell those who received data of any correction."
                + "\n\nKind regards\n" + agency.name();
        return new DisclosureChannel.Payload(SUBJECT, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** What the ledger keeps of a correction passed on outside Tillid: the DPO's note of how. */
    static DisclosureChannel.Payload note(String note) {
        return new DisclosureChannel.Payload("told-outside-tillid.txt", "text/plain; charset=UTF-8",
                note.getBytes(StandardCharsets.UTF_8));
    }

    static String names(Policy policy, List<String> categories, java.util.Locale locale) {
        return categories.stream().map(category -> policy.category(category).name().in(locale)).collect(Collectors.joining(", "));
    }

    static String date(Instant instant) {
        return AgencyTime.DATE.format(instant);
    }
}
