package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.RepositoryTest;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.PurposeNotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static dk.tillid.candidate.LanguageSkill.Level.B2;
import static dk.tillid.candidate.LanguageSkill.Level.C1;
import static dk.tillid.candidate.LanguageSkill.Level.C2;
import static dk.tillid.candidate.LanguageSkill.Level.NATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Matching ranks who fits, explains why, and leaves out everyone who may not be used. */
@RepositoryTest
@WithMockUser(username = "recruiter-matching", roles = "RECRUITER")
class CandidateMatchingTest {

    static final PurposeId WORK = PurposeId.SUITABILITY;
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Autowired
    CandidateMatching matching;

    @Autowired
    Candidates candidates;

    @Autowired
    Persons persons;

    @Autowired
    Documents documents;

    @Autowired
    dk.tillid.MutableClock clock;

    /** A skill no other test's candidate has, so each test sees only its own people. */
    final String skill = "svejs" + UUID.randomUUID().toString().substring(0, 8);
    /** Skills no other test's candidates have: the database is shared, and "truck" is common. */
    final String truck = "truck" + UUID.randomUUID().toString().substring(0, 8);
    final String crane = "kran" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anUnregisteredPersonIsNotMatched() {
        PersonId kept = active("Anna", "Berg", List.of(skill));
        PersonId gone = active("Bo", "Berg", List.of(skill));
        persons.unregister(gone, WORK);

        assertThat(ids(criteria())).containsExactly(kept);
    }

    @Test
    void aPersonWhoHasNotConfirmedTheirAddressIsNotMatched() {
        PersonId kept = active("Anna", "Dahl", List.of(skill));
        register("Carl", "Dahl", "9000", "Aalborg", List.of(skill), Profile.WorkType.EITHER, null);

        assertThat(ids(criteria())).containsExactly(kept);
    }

    @Test
    void aPersonWhoseProcessingIsRestrictedIsNotMatched() {
        PersonId kept = active("Anna", "Holm", List.of(skill));
        PersonId restricted = active("Dorte", "Holm", List.of(skill));
        persons.restrict(restricted, "Disputes the accuracy of the CV", PurposeId.DATA_SUBJECT_RIGHTS);

        assertThat(ids(criteria())).containsExactly(kept);

        // Lifted only after the person was told, on the day they were told or later (art. 18(3)).
        persons.announceLift(restricted, dk.tillid.platform.AgencyTime.today(clock).plusDays(Persons.LIFT_NOTICE_DAYS),
                PurposeId.DATA_SUBJECT_RIGHTS);
        clock.advance(java.time.Duration.ofDays(Persons.LIFT_NOTICE_DAYS + 1));
        try {
            persons.liftRestriction(restricted, PurposeId.DATA_SUBJECT_RIGHTS);
        } finally {
            clock.reset();
        }
        assertThat(ids(criteria())).containsExactlyInAnyOrder(kept, restricted);
    }

    @Test
    void anEmployeeIsStillMatched() {
        PersonId employee = active("Erik", "Lund", List.of(skill));
        persons.becomeEmployee(employee, PurposeId.EMPLOYMENT);

        assertThat(ids(criteria())).containsExactly(employee);
    }

    @Test
    void aBetterFitRanksAboveAWorseOneAndTheExplanationSaysWhy() {
        PersonId good = register("Grethe", "Krog", "9000", "Aalborg", List.of(skill, truck, "lager"),
                Profile.WorkType.TEMPORARY, START.minusDays(3));
        candidates.setLanguage(good, new LanguageSkill("da", NATIVE), WORK);
        candidates.setLanguage(good, new LanguageSkill("en", C2), WORK);
        PersonId worse = register("Hans", "Krog", "2100", "København Ø", List.of(skill), Profile.WorkType.PERMANENT,
                START.plusMonths(2));
        candidates.setLanguage(worse, new LanguageSkill("en", B2), WORK);
        candidates.confirmEmail(good, WORK);
        candidates.confirmEmail(worse, WORK);
        MatchCriteria job = new MatchCriteria(List.of(skill, truck, crane),
                List.of(new MatchCriteria.LanguageRequirement("da", B2), new MatchCriteria.LanguageRequirement("en", C1)),
                "Aalborg", "9000", START, Profile.WorkType.TEMPORARY, null);

        List<CandidateMatch> ranked = matching.rank(job, 0, 10, WORK);

        assertThat(ranked).extracting(CandidateMatch::id).containsExactly(good, worse);
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        MatchExplanation best = ranked.get(0).explanation();
        assertThat(best.matchedSkills()).containsExactlyInAnyOrder(skill, truck);
        assertThat(best.missingSkills()).containsExactly(crane);
        assertThat(best.languages()).containsExactly(
                new MatchExplanation.LanguageFit("da", B2, NATIVE, true),
                new MatchExplanation.LanguageFit("en", C1, C2, true));
        assertThat(best.location()).isEqualTo(MatchExplanation.Location.SAME_CITY);
        assertThat(best.availability()).isEqualTo(MatchExplanation.Availability.IN_TIME);
        assertThat(best.workTypeFits()).isTrue();
        MatchExplanation other = ranked.get(1).explanation();
        assertThat(other.missingSkills()).containsExactly(truck, crane);
        assertThat(other.languages()).containsExactly(
                new MatchExplanation.LanguageFit("da", B2, null, false),
                new MatchExplanation.LanguageFit("en", C1, B2, false));
        assertThat(other.location()).isEqualTo(MatchExplanation.Location.FAR);
        assertThat(other.availability()).isEqualTo(MatchExplanation.Availability.LATER);
        assertThat(other.workTypeFits()).isFalse();
    }

    @Test
    void aC1RequirementIsMetByC1C2AndNativeButNotB2() {
        for (LanguageSkill.Level level : LanguageSkill.Level.values()) {
            PersonId id = active("Ida" + (char) ('a' + level.ordinal()), "Sprog", List.of(skill));
            candidates.setLanguage(id, new LanguageSkill("de", level), WORK);
        }
        MatchCriteria german = new MatchCriteria(List.of(skill), List.of(new MatchCriteria.LanguageRequirement("de", C1)),
                null, null, null, null, null);

        List<CandidateMatch> ranked = matching.rank(german, 0, 10, WORK);

        assertThat(ranked).hasSize(7);
        assertThat(ranked.subList(0, 3)).allSatisfy(match -> assertThat(match.explanation().allLanguagesMet()).isTrue())
                .extracting(match -> match.explanation().languages().get(0).candidateLevel())
                .containsExactlyInAnyOrder(C1, C2, NATIVE);
        assertThat(ranked.subList(3, 7)).noneSatisfy(match -> assertThat(match.explanation().allLanguagesMet()).isTrue());
        assertThat(ranked.get(2).score()).isGreaterThan(ranked.get(3).score());
    }

    @Test
    void wordsOfTheCvAndProfileFindAndRankPeopleWithoutTheSkill() {
        String word = "kranfører" + UUID.randomUUID().toString().substring(0, 6);
        PersonId inCv = active("Jens", "Tekst", List.of());
        documents.upload(new Upload(inCv, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("Erfaren " + word + " fra havnen")), WORK);
        PersonId inProfile = active("Karen", "Tekst", List.of());
        candidates.updateProfile(inProfile, new Profile(word + " søges", null, List.of(), Profile.WorkType.EITHER, null, null), WORK);
        active("Lars", "Tekst", List.of("bager"));

        List<CandidateMatch> ranked = matching.rank(new MatchCriteria(List.of(), List.of(), null, null, null, null, word), 0, 10, WORK);

        assertThat(ranked).extracting(CandidateMatch::id).containsExactlyInAnyOrder(inCv, inProfile);
        assertThat(ranked).allSatisfy(match ->
                assertThat(match.explanation().text()).isNotEqualTo(MatchExplanation.Relevance.NONE));
    }

    @Test
    void everyoneReturnedIsReadThroughTheAuditTrailWhichHoldsThePurposeToThePolicy() {
        active("Mette", "Spor", List.of(skill));

        // Marketing (P-PUR-2) may not read CV data: the audit trail refuses the read of the people returned.
        assertThatThrownBy(() -> matching.rank(criteria(), 0, 10, PurposeId.MARKETING))
                .isInstanceOf(PurposeNotAllowedException.class);
        assertThat(matching.rank(criteria(), 0, 10, PurposeId.JOB_MATCHING)).hasSize(1);
    }

    @Test
    void eligibilitySaysWhyAPersonMayNotBeProposed() {
        PersonId fine = active("Nina", "Ok", List.of(skill));
        PersonId unconfirmed = register("Ole", "Ok", "9000", "Aalborg", List.of(skill), Profile.WorkType.EITHER, null);
        PersonId restricted = active("Pia", "Ok", List.of(skill));
        persons.restrict(restricted, "Objection pending", PurposeId.DATA_SUBJECT_RIGHTS);
        PersonId unregistered = active("Rolf", "Ok", List.of(skill));
        persons.unregister(unregistered, WORK);

        assertThat(matching.eligibility(fine)).isEqualTo(CandidateMatching.Eligibility.ELIGIBLE);
        assertThat(matching.eligibility(unconfirmed)).isEqualTo(CandidateMatching.Eligibility.UNCONFIRMED);
        assertThat(matching.eligibility(restricted)).isEqualTo(CandidateMatching.Eligibility.RESTRICTED);
        assertThat(matching.eligibility(unregistered)).isEqualTo(CandidateMatching.Eligibility.UNREGISTERED);
        assertThat(matching.eligibility(PersonId.random())).isEqualTo(CandidateMatching.Eligibility.NOT_A_CANDIDATE);
    }

    @Test
    void typedOperatorsAreOnlyWords() {
        active("Sara", "Sikker", List.of(skill));

        assertThat(matching.rank(new MatchCriteria(List.of(skill), List.of(), null, null, null, null, "a & !b | (c:* <-> d'"),
                0, 10, WORK)).hasSize(1);
        assertThatThrownBy(() -> matching.rank(criteria(), 0, 0, WORK)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The read model (V33) follows every change of what the score reads, in the same transaction. */
    @Test
    void aChangeOfLanguageAddressOrProfileIsMatchedAtOnce() {
        PersonId id = active("Ida", "Munk", List.of(skill));
        MatchCriteria job = new MatchCriteria(List.of(skill, truck), List.of(new MatchCriteria.LanguageRequirement("da", C1)),
                "Odense C", "5000", null, null, null);
        CandidateMatch before = matching.rank(job, 0, 10, WORK).get(0);
        assertThat(before.explanation().languages().get(0).met()).isFalse();
        assertThat(before.explanation().location()).isEqualTo(MatchExplanation.Location.FAR);

        candidates.setLanguage(id, new LanguageSkill("da", C2), WORK);
        persons.moveTo(id, new PostalAddress("Vestergade 3", "5000", "Odense C", null), WORK);
        CandidateMatch after = matching.rank(job, 0, 10, WORK).get(0);
        assertThat(after.explanation().languages().get(0).met()).isTrue();
        assertThat(after.explanation().location()).isEqualTo(MatchExplanation.Location.SAME_CITY);
        assertThat(after.score()).isEqualTo(before.score() + 20 + 15);

        candidates.removeLanguage(id, "da", WORK);
        assertThat(matching.rank(job, 0, 10, WORK).get(0).explanation().languages().get(0).met()).isFalse();
    }

    private MatchCriteria criteria() {
        return new MatchCriteria(List.of(skill), List.of(), null, null, null, null, null);
    }

    private List<PersonId> ids(MatchCriteria criteria) {
        return matching.rank(criteria, 0, 50, WORK).stream().map(CandidateMatch::id).toList();
    }

    private PersonId active(String given, String family, List<String> skills) {
        PersonId id = register(given, family, "9000", "Aalborg", skills, Profile.WorkType.EITHER, null);
        candidates.confirmEmail(id, WORK);
        return id;
    }

    private PersonId register(String given, String family, String postcode, String city, List<String> skills,
                              Profile.WorkType workType, LocalDate availableFrom) {
        String email = given.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        return candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName(given, family),
                new ContactDetails(email, null), LocalDate.of(1990, 5, 17),
                new PostalAddress("Vestergade 3", postcode, city, null)),
                new Profile(null, null, skills, workType, null, availableFrom)), Candidate.RegisteredVia.STAFF, WORK);
    }
}
