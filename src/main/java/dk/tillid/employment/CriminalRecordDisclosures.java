package dk.tillid.employment;

import java.util.UUID;

import dk.tillid.client.BusinessContact;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import org.springframework.stereotype.Service;

/**
 * The criminal record extract to a client: the person's consent to one disclosure names a client of
 * the client module, and the extract is e-mailed to one of that client's active contacts through
 * {@code Clients.mailTo} (recorded in the disclosure ledger first). Reading the contact to address the
 * mail serves the contract with the client (P-PUR-5).
 */
@Service
class CriminalRecordDisclosures {

    private final CriminalRecords records;
    private final Clients clients;

    CriminalRecordDisclosures(CriminalRecords records, Clients clients) {
        this.records = records;
        this.clients = clients;
    }

    UUID consent(PersonId person, UUID client, ConsentChannel channel) {
        if (client == null) {
            throw new EmploymentRefusal("employment.refused.criminal.client", "Choose the client");
        }
        return records.consentToDisclosure(person, client, clients.name(new ClientId(client)), channel);
    }

    void disclose(PersonId person, UUID consent, PersonId contact) {
        FieldAccess.requireWrite(Viewer.current(), Field.CRIMINAL_RECORD);
        UUID client = records.clientOf(person, consent).orElseThrow(() -> new EmploymentRefusal(
                "employment.criminal.noDisclosureConsent", "Each disclosure needs the person's own consent to it"));
        if (contact == null) {
            throw new EmploymentRefusal("employment.refused.criminal.contact", "Choose a contact at the client");
        }
        BusinessContact to = clients.contact(contact, PurposeId.ASSIGNMENT);
        if (!to.client().value().equals(client) || !to.active()) {
            throw new EmploymentRefusal("employment.refused.criminal.contact",
                    "The contact must be an active contact at the client the consent names");
        }
        records.discloseToClient(person, consent, clients.mailTo(contact, PurposeId.ASSIGNMENT));
    }
}
