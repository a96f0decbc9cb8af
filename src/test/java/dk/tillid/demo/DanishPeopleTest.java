package dk.tillid.demo;

import java.util.List;
import java.util.stream.IntStream;

import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishPeopleTest {

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(generate(7, 20)).isEqualTo(generate(7, 20));
        assertThat(generate(7, 20)).isNotEqualTo(generate(8, 20));
    }

    @Test
    void namesAreDanishWithTheirOwnLetters() {
        String names = String.join(" ", generate(1, 300).stream().map(p -> p.name().fullName()).toList());

        assertThat(names).contains("æ").contains("ø").contains("å");
    }

    @Test
    void eMailAddressesSpellTheDanishLettersOut() {
        assertThat(DanishPeople.ascii("Ærtebjørg Åberg")).isEqualTo("aertebjoerg aaberg");
        assertThat(generate(2, 300)).allSatisfy(person ->
                assertThat(person.contact().email()).matches("[a-z0-9.-]+@[a-z0-9.-]+\\.dk"));
    }

    @Test
    void businessContactsHaveNoDateOfBirth() {
        DanishPeople people = new DanishPeople(3);

        assertThat(people.next(PersonKind.BUSINESS_CONTACT).dateOfBirth()).isNull();
        assertThat(people.next(PersonKind.CANDIDATE).dateOfBirth()).isNotNull();
        assertThat(people.companyName()).matches(".+ (ApS|A/S|I/S)");
    }

    private static List<NewPerson> generate(long seed, int count) {
        DanishPeople people = new DanishPeople(seed);
        return IntStream.range(0, count).mapToObj(i -> people.next(PersonKind.CANDIDATE)).toList();
    }
}
