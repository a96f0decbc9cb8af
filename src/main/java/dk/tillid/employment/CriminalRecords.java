package dk.tillid.employment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criminal record extracts (P-DATA-8, Databeskyttelsesloven § 8), for pre-employment screening (P-PUR-6).
 * <ul>
 * <li>Stored only while the person's explicit consent (DBL-8, wording {@link #WORDING}) stands in the
 * consent ledger; the extract remembers the ledger entry it rests on.</li>
 * <li>It stands only while that entry is the newest fact of its scope: a withdrawal, made here or
 * anywhere else in Tillid, deletes it — at once through {@link #withdrawConsent}, before any read or
 * disclosure otherwise, and at the latest at the next sweep ({@link CriminalRecordSweep}). It also goes
 * once no employment lasts (P-RET-3).</li>
 * <li>Each disclosure to a client needs its own consent: one use, for this extract, to this client
 * (table criminal_record_disclosure_consent, tied to the ledger entry).</li>
 * </ul>
 */
@Service
// A refusal after an extract was found no longer allowed must not bring the extract back: the deletion stands.
@Transactional(noRollbackFor = EmploymentRefusal.class)
class CriminalRecords {

    static final String CATEGORY = "P-DATA-8";
    static final String WORDING = "criminal-record-2026-11-29";
    static final String FIELD = "employment.criminal-record";
    static final String CLIENTS = "P-REC-1";
    static final String CONTRACT = "ART6-1-B";

    record Extract(String text, LocalDate issuedOn, List<RecordsRepository.DisclosureConsent> consents) {

        @Override
        public String toString() {
            return "Extract[hidden]";
        }
    }

    private final RecordsRepository records;
    private final EmploymentRepository employments;
    private final EmployeeDirectory directory;
    private final ConsentLedger consents;
    private final PersonalKeys keys;
    private final Disclosures disclosures;
    private final AuditTrail audit;
    private final Clock clock;
    private final Persons persons;

    CriminalRecords(RecordsRepository records, EmploymentRepository employments, EmployeeDirectory directory,
                    ConsentLedger consents, PersonalKeys keys, Disclosures disclosures, AuditTrail audit, Clock clock,
                    Persons persons) {
        this.persons = persons;
        this.records = records;
        this.employments = employments;
        this.directory = directory;
        this.consents = consents;
        this.keys = keys;
        this.disclosures = disclosures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's explicit consent to the policy's wording, as they gave it to screening staff. */
    void giveConsent(PersonId person, ConsentChannel channel) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        requireEmployee(person);
        consents.give(person.subject(), PurposeId.SCREENING, CATEGORY, WORDING, channel == null ? ConsentChannel.IN_PERSON : channel);
    }

    /** Withdrawal in one step; the extract and its unused disclosure consents are deleted in the same transaction. */
    void withdrawConsent(PersonId person, ConsentChannel channel) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        requireEmployee(person);
        consents.withdraw(person.subject(), PurposeId.SCREENING, CATEGORY, channel == null ? ConsentChannel.IN_PERSON : channel);
        delete(person);
    }

    void store(PersonId person, String text, LocalDate issuedOn) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        requireEmployee(person);
        if (persons.isRestricted(person)) {
            throw new EmploymentRefusal("employment.restricted", "The processing of this person's data is restricted");
        }
        String extract = Texts.required(text, 20_000, "employment.refused.criminal.text");
        if (issuedOn == null || issuedOn.isAfter(AgencyTime.today(clock))) {
            throw new EmploymentRefusal("employment.refused.criminal.issued", "The date of issue is today or earlier");
        }
        long entry = standingConsent(person).orElseThrow(() -> new EmploymentRefusal("employment.criminal.noConsent",
                "A criminal record extract can only be stored with the person's explicit consent"));
        records.replaceExtract(person, keys.encryptText(person.subject(), FIELD, extract), entry, issuedOn, clock.instant(),
                audit.currentActor().toString());
        audit.change(person.subject(), PurposeId.SCREENING, AuditAction.CREATE, CATEGORY);
    }

    /** The extract, if one stands; reading it first deletes one whose consent or employment is gone. */
    Optional<Extract> read(PersonId person) {
        deleteIfNoLongerAllowed(person);
        Optional<RecordsRepository.StoredExtract> stored = records.extract(person);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        audit.read(person.subject(), PurposeId.SCREENING, CATEGORY);
        String text = keys.decrypt(person.subject(), FIELD, stored.get().ciphertext()).text().orElse("");
        List<RecordsRepository.DisclosureConsent> given = records.disclosureConsents(person).stream()
                .filter(consent -> stored.get().id().equals(consent.extract())).toList();
        return Optional.of(new Extract(text, stored.get().issuedOn(), given));
    }

    boolean consentStands(PersonId person) {
        return consents.isGiven(person.subject(), PurposeId.SCREENING, CATEGORY);
    }

    /** The person's consent to one disclosure of the stored extract to one client. */
    UUID consentToDisclosure(PersonId person, UUID client, String clientName, ConsentChannel channel) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        deleteIfNoLongerAllowed(person);
        RecordsRepository.StoredExtract extract = records.extract(person).orElseThrow(() -> new EmploymentRefusal(
                "employment.criminal.none", "There is no criminal record extract to disclose"));
        if (client == null) {
            throw new EmploymentRefusal("employment.refused.criminal.client", "Choose the client");
        }
        UUID id = UUID.randomUUID();
        records.insertDisclosureConsent(id, person, extract.id(), extract.ledgerEvent(), client,
                Texts.required(clientName, 200, "employment.refused.criminal.client"),
                channel == null ? ConsentChannel.IN_PERSON : channel, clock.instant(), audit.currentActor().toString());
        audit.change(person.subject(), PurposeId.ADMINISTRATION, AuditAction.CREATE, "P-DATA-REL");
        return id;
    }

    /**
     * Discloses the extract to the client the consent names, spending the consent; recorded in the
     * disclosure ledger before it leaves. If the delivery fails, the consent is not spent.
     */
    void discloseToClient(PersonId person, UUID consentId, DisclosureChannel channel) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        deleteIfNoLongerAllowed(person);
        RecordsRepository.StoredExtract extract = records.extract(person).orElseThrow(() -> new EmploymentRefusal(
                "employment.criminal.none", "There is no criminal record extract to disclose"));
        RecordsRepository.DisclosureConsent consent = records.disclosureConsents(person).stream()
                .filter(c -> c.id().equals(consentId)).findFirst()
                .orElseThrow(() -> new EmploymentRefusal("employment.criminal.noDisclosureConsent",
                        "Each disclosure of a criminal record extract needs the person's own consent to it"));
        if (!records.useDisclosureConsent(consentId, person, extract.id(), clock.instant())) {
            throw new EmploymentRefusal("employment.criminal.noDisclosureConsent",
                    "Each disclosure of a criminal record extract needs the person's own consent to it");
        }
        String name = directory.find(person).map(EmployeeDirectory.Entry::name).orElse("");
        String text = keys.decrypt(person.subject(), FIELD, extract.ciphertext()).text().orElseThrow(() ->
                new EmploymentRefusal("employment.criminal.none", "There is no criminal record extract to disclose"));
        String body = "Straffeattest / Criminal record extract\n" + name + "\n" + extract.issuedOn() + "\n\n" + text + "\n";
        disclosures.disclose(new DisclosureRequest(person.subject(), CLIENTS, consent.clientName(), List.of("P-DATA-1", CATEGORY),
                        PurposeId.SCREENING, CONTRACT),
                new DisclosureChannel.Payload("straffeattest.txt", "text/plain; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8)),
                channel);
    }

    /** The client a disclosure consent names (for choosing the client's channel). */
    Optional<UUID> clientOf(PersonId person, UUID consentId) {
        return records.disclosureConsents(person).stream().filter(c -> c.id().equals(consentId))
                .map(RecordsRepository.DisclosureConsent::client).findFirst();
    }

    /** Deletes the extract once its ledger entry no longer stands or no employment lasts. */
    void deleteIfNoLongerAllowed(PersonId person) {
        Optional<RecordsRepository.StoredExtract> stored = records.extract(person);
        if (stored.isEmpty()) {
            return;
        }
        boolean consented = standingConsent(person).map(entry -> entry == stored.get().ledgerEvent()).orElse(false);
        if (!consented || !employments.employedOn(person, AgencyTime.today(clock))) {
            delete(person);
        }
    }

    /** Every stored extract, checked (the sweep). */
    int sweep() {
        int before = records.peopleWithExtracts().size();
        records.peopleWithExtracts().forEach(this::deleteIfNoLongerAllowed);
        return before - records.peopleWithExtracts().size();
    }

    private void delete(PersonId person) {
        if (records.deleteExtract(person)) {
            audit.change(person.subject(), PurposeId.SCREENING, AuditAction.DELETE, CATEGORY);
        }
    }

    /** The ledger entry of the standing consent, if the newest fact of its scope is a consent given. */
    private Optional<Long> standingConsent(PersonId person) {
        return consents.current(person.subject()).stream()
                .filter(event -> event.purpose().equals(PurposeId.SCREENING.value()) && CATEGORY.equals(event.category()))
                .filter(event -> event.kind() == ConsentEvent.Kind.GIVEN)
                .map(ConsentEvent::id).findFirst();
    }

    /**
     * Every step on a person's extract holds their file row: storing it and withdrawing consent (or
     * disclosing it) cannot interleave, so no extract outlives a withdrawal made at the same moment.
     */
    private void requireEmployee(PersonId person) {
        if (!employments.lockFile(person)) {
            throw new UnknownEmploymentException();
        }
    }
}
