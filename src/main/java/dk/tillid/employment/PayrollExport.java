package dk.tillid.employment;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.tillid.identity.Role;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.processors.Processor;
import dk.tillid.privacy.processors.ProcessorRegister;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payroll file for a pay period: hours and pay (hours × hourly pay) per employment, with name,
 * employee number, CPR number and bank account, for the payroll provider — a processor from the
 * register that is registered for every category that leaves. Each employee's disclosure is recorded
 * (P-PUR-4, recipient P-REC-2, ART6-1-B) before the file is handed to the PAYROLL user as a download.
 */
@Service
@Transactional
class PayrollExport {

    static final String RECIPIENT = "P-REC-2";
    static final String LEGAL_BASIS = "ART6-1-B";
    static final int LONGEST_PERIOD_DAYS = 366;

    private final PayrollRepository payroll;
    private final EmployeeFileRepository files;
    private final EmployeeDirectory directory;
    private final ProcessorRegister processors;
    private final Disclosures disclosures;
    private final PersonalKeys keys;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    PayrollExport(PayrollRepository payroll, EmployeeFileRepository files, EmployeeDirectory directory,
                  ProcessorRegister processors, Disclosures disclosures, PersonalKeys keys, AuditTrail audit,
                  JsonMapper json, Clock clock) {
        this.payroll = payroll;
        this.files = files;
        this.directory = directory;
        this.processors = processors;
        this.disclosures = disclosures;
        this.keys = keys;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The payroll providers to choose from: active processors registered for payroll data (P-DATA-9). */
    @Transactional(readOnly = true)
    List<Processor> providers() {
        return processors.all().stream().filter(Processor::active)
                .filter(processor -> processor.categories().contains(Employments.PAYROLL_DATA)).toList();
    }

    DisclosureChannel.Payload export(LocalDate from, LocalDate to, UUID providerId, PayrollFile.Format format) {
        if (!Viewer.current().has(Role.PAYROLL)) {
            throw new AccessDeniedException("The payroll export is for payroll staff");
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new EmploymentRefusal("employment.payroll.period", "A pay period runs from a day to the same or a later day, at most a year");
        }
        Processor provider = providers().stream().filter(p -> p.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new EmploymentRefusal("employment.refused.payroll.provider", "Choose a payroll provider from the processor register"));
        List<PayrollRepository.Hours> hours = payroll.hours(from, to);
        if (hours.isEmpty()) {
            throw new EmploymentRefusal("employment.payroll.empty", "No hours are recorded in this period");
        }
        List<PersonId> people = hours.stream().map(PayrollRepository.Hours::person).distinct().toList();
        audit.read(people.stream().map(PersonId::subject).toList(), PurposeId.EMPLOYMENT, "P-DATA-1", "P-DATA-7",
                Employments.PAYROLL_DATA);
        Map<PersonId, String> names = directory.of(people).stream()
                .collect(Collectors.toMap(EmployeeDirectory.Entry::person, EmployeeDirectory.Entry::name));
        Map<PersonId, String> cprs = people.stream().collect(Collectors.toMap(Function.identity(), this::currentCpr));
        List<PayrollFile.Line> lines = new ArrayList<>();
        for (PayrollRepository.Hours h : hours) {
            lines.add(new PayrollFile.Line(h.employeeNumber(), names.getOrDefault(h.person(), ""), blankToNull(cprs.get(h.person())),
                    bankAccount(h.person()), h.employment(), h.title(), h.hours(), h.hourlyPay(),
                    h.hours().multiply(h.hourlyPay()).setScale(2, RoundingMode.HALF_UP)));
        }
        List<DisclosureRequest> requests = people.stream().map(person -> new DisclosureRequest(person.subject(), RECIPIENT,
                provider.name(), categories(cprs.get(person)), PurposeId.EMPLOYMENT, LEGAL_BASIS)).toList();
        Set<String> leaving = new LinkedHashSet<>();
        requests.forEach(request -> leaving.addAll(request.categories()));
        if (!provider.categories().containsAll(leaving)) {
            throw new EmploymentRefusal("employment.payroll.providerCategories",
                    "The payroll provider is not registered for every kind of data the file holds");
        }
        DownloadChannel download = new DownloadChannel();
        disclosures.discloseAll(requests, new PayrollFile(from, to, provider.name(), lines).payload(format, json), download);
        return download.delivered();
    }

    private static List<String> categories(String cpr) {
        return cpr == null || cpr.isEmpty() ? List.of("P-DATA-1", Employments.PAYROLL_DATA)
                : List.of("P-DATA-1", EmployeeFiles.IDENTITY, Employments.PAYROLL_DATA);
    }

    private String currentCpr(PersonId person) {
        return files.cprHistory(person).stream().filter(stored -> stored.validTo() == null).findFirst()
                .flatMap(stored -> keys.decrypt(person.subject(), EmployeeFiles.CPR_FIELD, stored.ciphertext()).text())
                .orElse("");
    }

    private String bankAccount(PersonId person) {
        return files.find(person).filter(row -> row.bankAccount() != null)
                .flatMap(row -> keys.decrypt(person.subject(), EmployeeFiles.BANK_FIELD, row.bankAccount()).text())
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
