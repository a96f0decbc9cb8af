package dk.tillid.privacy.requests;

import java.util.List;
import java.util.Locale;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.context.ApplicationContext;

/** Lets the access-package benchmark time the package-private redaction of other people (Art. 15(4)) on its own. */
public final class RequestsBenchmarkAccess {

    private RequestsBenchmarkAccess() {
    }

    /**
     * What the redaction reads: how many texts others wrote in the holdings, and how long one pass of
     * each of its scans over all of them takes (ns), to see where its time goes.
     */
    public static java.util.Map<String, Long> scans(List<PersonalData.Holding> holdings) {
        List<String> texts = new java.util.ArrayList<>();
        holdings.forEach(holding -> holding.items().stream().filter(item -> item.origin() != dk.tillid.privacy.spi.PersonalDataItem.Origin.THE_PERSON)
                .forEach(item -> TextValues.forEach(item.value(), texts::add)));
        java.util.Map<String, Long> costs = new java.util.LinkedHashMap<>();
        costs.put("texts written by others", (long) texts.size());
        long start = System.nanoTime();
        texts.forEach(NameMentions::in);
        costs.put("NameMentions.in over them (ns)", System.nanoTime() - start);
        start = System.nanoTime();
        texts.forEach(ContactMentions::in);
        costs.put("ContactMentions.in over them (ns)", System.nanoTime() - start);
        start = System.nanoTime();
        texts.forEach(dk.tillid.privacy.spi.NameKey::of);
        costs.put("NameKey.of of each whole text (ns)", System.nanoTime() - start);
        start = System.nanoTime();
        holdings.forEach(holding -> holding.items().forEach(item -> TextValues.map(item.value(), text -> text)));
        costs.put("TextValues.map over every item, changing nothing (ns)", System.nanoTime() - start);
        return costs;
    }

    /** The name keys the redaction asks the directories about, found as it finds them (see OtherPeopleRedactor.keysOf). */
    public static java.util.Set<String> keys(List<PersonalData.Holding> holdings) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        holdings.forEach(holding -> holding.items().stream().filter(item -> item.origin() != dk.tillid.privacy.spi.PersonalDataItem.Origin.THE_PERSON)
                .forEach(item -> TextValues.forEach(item.value(), text -> {
                    NameMentions.in(text).forEach(mention -> keys.add(mention.key()));
                    if (text.length() <= TextRedaction.WHOLE_VALUE && text.chars().anyMatch(Character::isLetter)) {
                        keys.add(dk.tillid.privacy.spi.NameKey.of(text.strip()));
                    }
                })));
        return keys;
    }

    public static List<PersonalData.Holding> redact(ApplicationContext context, SubjectId subject, List<PersonalData.Holding> holdings,
                                                    Locale locale) {
        return context.getBean(OtherPeopleRedactor.class).redact(subject, holdings, locale);
    }
}
