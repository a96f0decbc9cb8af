package dk.tillid.privacy.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.NameKey;
import dk.tillid.privacy.spi.OtherPeople;
import dk.tillid.privacy.spi.PersonalData.Holding;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which items are searched, what becomes of records, and that each directory is asked once per package. */
class OtherPeopleRedactorTest {

    static final SubjectId SUBJECT = new SubjectId(UUID.randomUUID());

    record Reference(String name, String statement) {
    }

    final Directory persons = new Directory(OtherPeople.Kind.PERSONS, Set.of(NameKey.of("Søren Bødker")),
            new OtherPeople.Self(Set.of(NameKey.of("Åse Kjær")), Set.of("aase@example.dk"), Set.of()));
    final Directory staff = new Directory(OtherPeople.Kind.STAFF, Set.of("mlund", NameKey.of("Mette Lund")), OtherPeople.Self.UNKNOWN);
    final OtherPeopleRedactor redactor = new OtherPeopleRedactor(List.of(persons, staff), messages());

    @Test
    void whatOthersWroteIsRedactedWhatThePersonGaveIsNot() {
        List<Holding> holdings = List.of(new Holding("person", List.of(
                new PersonalDataItem("P-DATA-REL", "contact", Map.of("note", "Søren Bødker ringede, Mette Lund noterede"), Origin.THE_AGENCY),
                new PersonalDataItem("P-DATA-REL", "recordedBy", "mlund", Origin.THE_AGENCY),
                new PersonalDataItem("P-DATA-2", "summary", "Kollega med Søren Bødker", Origin.THE_PERSON),
                new PersonalDataItem("P-DATA-6", "referee", new Reference("Lone Dahl", "Roste Søren Bødker"), Origin.OTHERS),
                new PersonalDataItem("P-DATA-9", "timesheet", Map.of("day", "2026-11-29", "hours", "7.50"), Origin.OTHERS))));

        List<PersonalDataItem> items = redactor.redact(SUBJECT, holdings, Locale.ENGLISH).get(0).items();

        assertThat(items.get(0).value()).isEqualTo(Map.of("note", "[another person] ringede, [another person] noterede"));
        assertThat(items.get(1).value()).isEqualTo("the agency");
        assertThat(items.get(2)).isSameAs(holdings.get(0).items().get(2));
        assertThat(items.get(3).value()).isEqualTo(Map.of("name", "Lone Dahl", "statement", "Roste [another person]"));
        assertThat(items.get(4)).isSameAs(holdings.get(0).items().get(4));
        assertThat(persons.asked).isEqualTo(1);
        assertThat(staff.asked).isEqualTo(1);
        assertThat(persons.keys).contains(NameKey.of("Søren Bødker")).doesNotContain(NameKey.of("Kollega med"));
    }

    @Test
    void aNumberAloneWithNoNameInThePackageIsRedactedToo() {
        List<Holding> holdings = List.of(new Holding("person", List.of(
                new PersonalDataItem("P-DATA-REL", "contact", "40 50 60 70", Origin.THE_AGENCY))));

        assertThat(redactor.redact(SUBJECT, holdings, Locale.ENGLISH).get(0).items().get(0).value())
                .isEqualTo("[another person's phone number]");
    }

    @Test
    void withNothingWrittenByOthersNoDirectoryIsAsked() {
        List<Holding> holdings = List.of(new Holding("person", List.of(
                new PersonalDataItem("P-DATA-1", "givenName", "Åse", Origin.THE_PERSON))));

        assertThat(redactor.redact(SUBJECT, holdings, Locale.ENGLISH)).isSameAs(holdings);
        assertThat(persons.asked).isZero();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("package.redacted.person", Locale.ENGLISH, "[another person]");
        messages.addMessage("package.redacted.email", Locale.ENGLISH, "[another person's e-mail address]");
        messages.addMessage("package.redacted.phone", Locale.ENGLISH, "[another person's phone number]");
        return messages;
    }

    static final class Directory implements OtherPeople {

        final Kind kind;
        final Set<String> known;
        final Self self;
        final Set<String> keys = new HashSet<>();
        int asked;

        Directory(Kind kind, Set<String> known, Self self) {
            this.kind = kind;
            this.known = known;
            this.self = self;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public Set<String> namedAmong(SubjectId subject, Set<String> asked) {
            this.asked++;
            keys.addAll(asked);
            Set<String> named = new HashSet<>(asked);
            named.retainAll(known);
            return named;
        }

        @Override
        public Self self(SubjectId subject) {
            return self;
        }
    }
}
