package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.RepositoryTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.PurposeNotAllowedException;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RepositoryTest
@WithMockUser(username = "recruiter-candidates", roles = "RECRUITER")
class CandidatesTest {

    static final PurposeId SUITABILITY = PurposeId.SUITABILITY;

    @Autowired
    Candidates candidates;

    @Autowired
    Persons persons;

    @Autowired
    PersonalData personalData;

    @Test
    void everythingThePolicyListsAtRegistrationSurvivesTheRoundTrip() {
        PersonId id = register("Åse", "Ærøskøbing-Øster", "aase@example.dk");
        candidates.updateProfile(id, new Profile("Truckfører · kørekort C/E", "Erfaren lagermedarbejder fra Ålborg.\nStabil.",
                List.of("Truck", "Lager", "Kølerum"), Profile.WorkType.TEMPORARY, "Nordjylland", LocalDate.of(2026, 12, 1)), SUITABILITY);
        candidates.add(id, new Education(null, "Aalborg Tekniske Skole", "Lagerlogistik (EUD)", LocalDate.of(2015, 8, 1),
                LocalDate.of(2017, 6, 30), true), SUITABILITY);
        candidates.add(id, new Experience(null, Experience.Kind.INTERNSHIP, "Nørresundby Havn", "Praktikant", null, null,
                "Lossede skibe"), SUITABILITY);
        candidates.add(id, new Course(null, Course.Kind.TEST, "Gaffeltruck-certifikat", "AMU Nordjylland",
                LocalDate.of(2024, 3, 5), "Bestået", true), SUITABILITY);
        candidates.setLanguage(id, new LanguageSkill("da", LanguageSkill.Level.NATIVE), SUITABILITY);
        candidates.setLanguage(id, new LanguageSkill("PL", LanguageSkill.Level.B2), SUITABILITY);
        candidates.setUnemployment(id, new Unemployment(LocalDate.of(2026, 9, 1), "3F A-kasse", "Forældreorlov",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)), SUITABILITY);
        candidates.add(id, new NextOfKin(null, "Bjørn Ærø", "ægtefælle", "+45 22 33 44 55", null), PurposeId.ADMINISTRATION);
        candidates.add(id, new Referee(null, "Søs Møller", "Lagerhuset A/S", "Afdelingsleder", null, "sos@lagerhuset.dk",
                "Pålidelig og præcis."), SUITABILITY);

        CandidateView view = candidates.get(id, SUITABILITY);

        assertThat(view.person().name().fullName()).isEqualTo("Åse Ærøskøbing-Øster");
        assertThat(view.candidate().profile().skills()).containsExactly("truck", "lager", "kølerum");
        assertThat(view.candidate().profile().summary()).isEqualTo("Erfaren lagermedarbejder fra Ålborg.\nStabil.");
        assertThat(view.candidate().items(Section.EDUCATION, Education.class)).singleElement()
                .satisfies(education -> assertThat(education.programme()).isEqualTo("Lagerlogistik (EUD)"));
        assertThat(view.candidate().items(Section.COURSES, Course.class)).singleElement()
                .satisfies(course -> assertThat(course.result()).isEqualTo("Bestået"));
        assertThat(view.candidate().languages()).extracting(LanguageSkill::language).containsExactly("da", "pl");
        assertThat(view.candidate().unemployment()).hasValueSatisfying(u -> assertThat(u.insuranceFund()).isEqualTo("3F A-kasse"));
        assertThat(view.candidate().items(Section.REFEREES, Referee.class)).singleElement()
                .satisfies(referee -> assertThat(referee.statement()).isEqualTo("Pålidelig og præcis."));
    }

    @Test
    void aPurposeSeesOnlyTheSectionsThePolicyGivesIt() {
        PersonId id = register("Mads", "Kjær", "mads@example.dk");

        CandidateView forSuitability = candidates.get(id, SUITABILITY);
        CandidateView forSafety = candidates.get(id, PurposeId.ADMINISTRATION);

        assertThat(forSuitability.shows(Section.REFEREES)).isTrue();
        assertThat(forSuitability.shows(Section.NEXT_OF_KIN)).as("next of kin is not for assessing suitability").isFalse();
        assertThat(forSafety.shows(Section.NEXT_OF_KIN)).isTrue();
        assertThat(forSafety.showsProfile()).as("the CV is not for work-environment safety").isFalse();
        assertThatThrownBy(() -> candidates.get(id, PurposeId.MARKETING)).isInstanceOf(PurposeNotAllowedException.class);
    }

    @Test
    void registrationIsAContactAndStartsTheClock() {
        PersonId id = register("Ida", "Lund", "ida@example.dk");

        assertThat(persons.contacts(id, SUITABILITY)).extracting(ContactEvent::kind).containsExactly(ContactEvent.Kind.REGISTRATION);
        assertThat(candidates.get(id, SUITABILITY).activeForMatching()).as("not before the e-mail is confirmed").isFalse();

        candidates.confirmEmail(id, SUITABILITY);

        assertThat(candidates.get(id, SUITABILITY).activeForMatching()).isTrue();
    }

    @Test
    void theListFiltersAndPagesWithoutOffsets() {
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 6);
        DanishPeople people = new DanishPeople(5);
        for (int i = 0; i < 7; i++) {
            NewPerson generated = people.next(PersonKind.CANDIDATE);
            PersonId id = candidates.register(new NewCandidate(generated, new Profile(null, null, List.of(marker), Profile.WorkType.EITHER,
                    null, null)), Candidate.RegisteredVia.STAFF, SUITABILITY);
            if (i < 2) {
                candidates.confirmEmail(id, SUITABILITY);
            }
        }
        CandidateFilter bySkill = new CandidateFilter(null, null, marker.toUpperCase(), null, null);

        CandidatePage first = candidates.search(bySkill, null, 3, SUITABILITY);
        CandidatePage second = candidates.search(bySkill, first.continueAfter(), 3, SUITABILITY);
        CandidatePage third = candidates.search(bySkill, second.continueAfter(), 3, SUITABILITY);

        assertThat(first.candidates()).hasSize(3);
        assertThat(second.candidates()).hasSize(3);
        assertThat(third.candidates()).hasSize(1);
        assertThat(third.hasMore()).isFalse();
        assertThat(first.candidates()).doesNotContainAnyElementsOf(second.candidates());
        assertThat(candidates.search(new CandidateFilter(null, null, marker, null, CandidateSummary.Status.ACTIVE), null, 50,
                SUITABILITY).candidates()).hasSize(2);
        assertThat(candidates.search(new CandidateFilter("%", null, marker, null, null), null, 50, SUITABILITY).candidates())
                .as("a % in the name filter is a character, not a wildcard").isEmpty();
    }

    @Test
    void badInputIsRefusedInPlainWords() {
        assertThatThrownBy(() -> new Education(null, "x".repeat(201), "y", null, null, false)).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> new Education(null, "Skole", "Linje", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), true))
                .hasMessage("The education ends before it starts");
        assertThatThrownBy(() -> new NextOfKin(null, "Bjørn", null, null, null))
                .hasMessage("A next of kin needs a phone number or an e-mail address");
        assertThatThrownBy(() -> new LanguageSkill("<script>", LanguageSkill.Level.A1)).hasMessageContaining("ISO code");
        assertThatThrownBy(() -> new Profile("line\u0000break", null, List.of(), Profile.WorkType.EITHER, null, null))
                .hasMessage("The headline holds control characters");
    }

    @Test
    void theSpiExportsEverySectionAndErasesThem() {
        PersonId id = register("Frederik", "Holm", "frederik@example.dk");
        candidates.add(id, new Referee(null, "Karin Dahl", null, null, "+45 11 22 33 44", null, "God kollega"), SUITABILITY);
        candidates.add(id, new NextOfKin(null, "Signe Holm", "søster", null, "signe@example.dk"), PurposeId.ADMINISTRATION);

        List<PersonalData.Holding> holdings = personalData.export(id.subject());

        List<PersonalDataItem> candidateItems = holdings.stream().filter(h -> h.source().equals("candidate")).findFirst()
                .orElseThrow().items();
        assertThat(candidateItems).extracting(PersonalDataItem::category).contains("P-DATA-2", "P-DATA-5", "P-DATA-6");
        assertThat(candidateItems).filteredOn(item -> item.category().equals("P-DATA-6")).singleElement()
                .satisfies(item -> assertThat(item.origin()).isEqualTo(PersonalDataItem.Origin.OTHERS));

        personalData.erase(id.subject(), ErasurePlan.deleteEverything(), "P-RIGHT-3");

        assertThat(candidates.find(id, SUITABILITY)).isEmpty();
        assertThat(persons.find(id, SUITABILITY)).isEmpty();
    }

    private PersonId register(String given, String family, String email) {
        return candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName(given, family),
                new ContactDetails(email, "+45 20 30 40 50"), LocalDate.of(1990, 5, 17),
                new PostalAddress("Østergade 12", "9400", "Nørresundby", null)), Profile.empty()),
                Candidate.RegisteredVia.STAFF, SUITABILITY);
    }
}
