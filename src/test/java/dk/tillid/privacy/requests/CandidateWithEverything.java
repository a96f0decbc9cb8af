package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Course;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.Experience;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.NextOfKin;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Referee;
import dk.tillid.candidate.Unemployment;
import dk.tillid.demo.DanishPeople;
import dk.tillid.document.DocumentInfo;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;

/**
 * A generated candidate with every section of the CV filled, three documents (two of them with the
 * same name), a consent and a referee, for the export tests. The values the tests look for are kept.
 */
public final class CandidateWithEverything {

    public final NewPerson person;
    public final PersonId id;
    public final String refereeName;
    public final String refereeStatement;
    /** The stored originals (metadata removed at upload), with the name each was given; two share one. */
    public final List<Original> originals = new ArrayList<>();

    public record Original(DocumentKind kind, String name, byte[] content) {

        /** Portable (Art. 20): what the person gave, so not a referee's letter. */
        public boolean portable() {
            return kind != DocumentKind.REFERENCE;
        }
    }

    public CandidateWithEverything(Candidates candidates, Documents documents, ConsentLedger consents, long seed) {
        DanishPeople people = new DanishPeople(seed);
        person = people.next(PersonKind.CANDIDATE);
        PurposeId work = PurposeId.SUITABILITY;
        id = candidates.register(new NewCandidate(person, new Profile("Truckfører med kørekort C/E",
                "Erfaren lagermedarbejder.\nStabil og præcis.", List.of("Truck", "Lager"), Profile.WorkType.TEMPORARY,
                "Nordjylland", LocalDate.of(2027, 1, 4))), Candidate.RegisteredVia.STAFF, work);
        candidates.add(id, new Education(null, "Aalborg Tekniske Skole", "Lagerlogistik (EUD)", LocalDate.of(2015, 8, 1),
                LocalDate.of(2017, 6, 30), true), work);
        candidates.add(id, new Experience(null, Experience.Kind.JOB, "Limfjord Logistik ApS", "Lagerarbejder",
                LocalDate.of(2017, 8, 1), LocalDate.of(2024, 2, 29), "Plukkede ordrer i kølerum"), work);
        candidates.add(id, new Experience(null, Experience.Kind.INTERNSHIP, "Nørresundby Havn", "Praktikant", null, null,
                "Lossede skibe"), work);
        candidates.add(id, new Course(null, Course.Kind.TEST, "Gaffeltruck-certifikat", "AMU Nordjylland",
                LocalDate.of(2024, 3, 5), "=SUM(A1:A9)", true), work);
        candidates.add(id, new Course(null, Course.Kind.COURSE, "Førstehjælp", null, null, null, false), work);
        candidates.setLanguage(id, new LanguageSkill("da", LanguageSkill.Level.NATIVE), work);
        candidates.setLanguage(id, new LanguageSkill("en", LanguageSkill.Level.B2), work);
        candidates.setUnemployment(id, new Unemployment(LocalDate.of(2026, 9, 1), "3F A-kasse", "Forældreorlov",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)), work);
        candidates.add(id, new NextOfKin(null, "Bjørn Ærø", "ægtefælle", "+45 22 33 44 55", null), PurposeId.ADMINISTRATION);
        refereeName = "Søs Refererende-" + seed;
        refereeStatement = "Pålidelig og præcis, siger referencen " + seed;
        candidates.add(id, new Referee(null, refereeName, "Lagerhuset A/S", "Afdelingsleder", null, "sos@lagerhuset.dk",
                refereeStatement), work);
        upload(documents, DocumentKind.CV, "Ærø CV.pdf", SampleFiles.pdf("Truckfører i Ørestad"));
        upload(documents, DocumentKind.CERTIFICATE, "bevis.pdf", SampleFiles.pdf("Gaffeltruckbevis"));
        upload(documents, DocumentKind.REFERENCE, "bevis.pdf", SampleFiles.pdf("Anbefaling fra Lagerhuset"));
        consents.give(id.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.WEBSITE);
    }

    private void upload(Documents documents, DocumentKind kind, String name, byte[] content) {
        DocumentInfo stored = documents.upload(new Upload(id, kind, name, content), PurposeId.SUITABILITY);
        originals.add(new Original(kind, stored.displayName(), documents.download(id, stored.id(), PurposeId.SUITABILITY).content()));
    }
}
