package dk.tillid.employment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.tillid.identity.Role;
import dk.tillid.person.PersonId;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Disclosures to public authorities, pension companies, employers' associations and courts
 * (P-REC-4..7), recorded from the employee page by RECRUITER or PAYROLL staff. What may be chosen
 * comes from the policy: for each recipient, the employment purposes that name it; for each, the
 * legal bases both purpose and recipient accept, and the categories of the purpose this module holds.
 */
@Service
class AuthorityDisclosures {

    static final List<String> RECIPIENTS = List.of("P-REC-4", "P-REC-5", "P-REC-6", "P-REC-7");
    static final List<String> PURPOSES = List.of("P-PUR-4", "P-PUR-7", "P-PUR-9", "P-PUR-10");
    /** The categories of an employee this module (with the person's name) can speak of. */
    static final Set<String> HELD = Set.of("P-DATA-1", "P-DATA-7", "P-DATA-9", "P-SENS-1");

    /** One way a disclosure may be recorded: recipient, purpose, the bases and categories on offer. */
    record Option(String recipient, String purpose, List<String> legalBases, List<String> categories) {
    }

    private final Policy policy;
    private final Disclosures disclosures;
    private final EmployeeFiles files;

    AuthorityDisclosures(Policy policy, Disclosures disclosures, EmployeeFiles files) {
        this.policy = policy;
        this.disclosures = disclosures;
        this.files = files;
    }

    List<Option> options() {
        List<Option> options = new ArrayList<>();
        for (String recipientId : RECIPIENTS) {
            Policy.Recipient recipient = policy.recipient(recipientId);
            for (String purposeId : PURPOSES) {
                Policy.Purpose purpose = policy.purpose(purposeId);
                if (!purpose.recipients().contains(recipientId)) {
                    continue;
                }
                List<String> bases = purpose.legalBases().stream().filter(recipient.legalBases()::contains).toList();
                List<String> categories = purpose.categories().stream().filter(HELD::contains).toList();
                if (!bases.isEmpty() && !categories.isEmpty()) {
                    options.add(new Option(recipientId, purposeId, bases, categories));
                }
            }
        }
        return options;
    }

    void record(PersonId person, String recipient, String recipientName, String purpose, String legalBasis,
                List<String> categories) {
        Viewer viewer = Viewer.current();
        if (!viewer.has(Role.RECRUITER) && !viewer.has(Role.PAYROLL)) {
            throw new AccessDeniedException("Disclosures to authorities are recorded by recruiters and payroll staff");
        }
        files.requireEmployee(person);
        Option option = options().stream().filter(o -> o.recipient().equals(recipient) && o.purpose().equals(purpose))
                .findFirst().orElseThrow(() -> new EmploymentRefusal("employment.disclosure.option",
                        "The policy names no such recipient for this purpose"));
        if (!option.legalBases().contains(legalBasis)) {
            throw new EmploymentRefusal("employment.refused.disclosure.basis", "Choose a legal basis both purpose and recipient accept");
        }
        if (categories == null || categories.isEmpty() || !option.categories().containsAll(categories)) {
            throw new EmploymentRefusal("employment.disclosure.categories", "Choose what was disclosed among the purpose's categories");
        }
        // Only a role that may see a protected category records that it left: a recruiter never sees
        // a health reason or a full CPR number, so cannot know what of it went where.
        boolean protectedData = categories.contains("P-SENS-1") || categories.contains("P-DATA-7");
        if (protectedData && !viewer.has(Role.PAYROLL)) {
            throw new EmploymentRefusal("employment.disclosure.protected", "Only payroll staff record disclosures of CPR numbers or health data");
        }
        String name = Texts.required(recipientName, 200, "employment.refused.disclosure.name");
        String note = "Recorded by staff; sent outside Tillid";
        try {
            disclosures.disclose(new DisclosureRequest(person.subject(), recipient, name, List.copyOf(categories),
                            new PurposeId(purpose), legalBasis),
                    new DisclosureChannel.Payload("record.txt", "text/plain", note.getBytes(StandardCharsets.UTF_8)),
                    new StaffRecordedChannel());
        } catch (Disclosures.DisclosureNotAllowedException | dk.tillid.privacy.consent.MissingGroundsException refused) {
            throw new EmploymentRefusal("employment.disclosure.refused",
                    "The disclosure does not fit the policy or lacks grounds for a protected category");
        }
    }
}
