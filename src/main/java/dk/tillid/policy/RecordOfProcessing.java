package dk.tillid.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dk.tillid.policy.Policy.Purpose;

/**
 * The record of processing activities (GDPR Art. 30(1)), one activity per purpose of the policy,
 * each carrying all of (a) to (g) so that any row stands on its own in a CSV file.
 */
public final class RecordOfProcessing {

    static final Text NO_RECIPIENTS = new Text("Ingen modtagere uden for bureauet", "No recipients outside the agency");
    static final Text NO_TRANSFERS = new Text("Ingen overførsel til tredjelande", "No transfers to third countries");

    private final Policy policy;
    private final Supplier<List<ProcessorDirectory.RegisteredProcessor>> processors;

    private RecordOfProcessing(Policy policy, Supplier<List<ProcessorDirectory.RegisteredProcessor>> processors) {
        this.policy = policy;
        this.processors = processors;
    }

    static RecordOfProcessing of(Policy policy) {
        return new RecordOfProcessing(policy, List::of);
    }

    /** With the processor register, asked anew for every record, since the DPO keeps it up to date. */
    static RecordOfProcessing of(Policy policy, Supplier<List<ProcessorDirectory.RegisteredProcessor>> processors) {
        return new RecordOfProcessing(policy, processors);
    }

    public String policyVersion() {
        return policy.version();
    }

    /**
     * One processing activity, in one language. Field names follow Art. 30(1).
     */
    public record Activity(
            String id,
            String controller,              // (a)
            String dataProtectionOfficer,   // (a)
            String purpose,                 // (b)
            List<String> legalBases,        // (b), Art. 6 and 9 as the notice states them
            List<String> dataSubjects,      // (c)
            List<String> dataCategories,    // (c)
            List<String> recipients,        // (d)
            List<String> thirdCountryTransfers, // (e)
            List<String> erasureTimeLimits, // (f)
            List<String> securityMeasures) { // (g)

        /** The fields of this activity, named as in the CSV header, in order. */
        public List<Field> fields() {
            return List.of(
                    new Field("id", "", List.of(id)),
                    new Field("controller", "30(1)(a)", List.of(controller)),
                    new Field("data_protection_officer", "30(1)(a)", List.of(dataProtectionOfficer)),
                    new Field("purpose", "30(1)(b)", List.of(purpose)),
                    new Field("legal_bases", "30(1)(b)", legalBases),
                    new Field("data_subjects", "30(1)(c)", dataSubjects),
                    new Field("data_categories", "30(1)(c)", dataCategories),
                    new Field("recipients", "30(1)(d)", recipients),
                    new Field("third_country_transfers", "30(1)(e)", thirdCountryTransfers),
                    new Field("erasure_time_limits", "30(1)(f)", erasureTimeLimits),
                    new Field("security_measures", "30(1)(g)", securityMeasures));
        }
    }

    public record Field(String name, String article, List<String> values) {

        public boolean isEmpty() {
            return values.isEmpty() || values.stream().anyMatch(value -> value == null || value.isBlank());
        }
    }

    public List<Activity> activities(Locale locale) {
        List<ProcessorDirectory.RegisteredProcessor> registered = processors.get();
        return policy.purposes().stream().map(purpose -> activity(purpose, registered, locale)).toList();
    }

    /** Every field of every activity that is empty, as "P-PUR-3 recipients (Art. 30(1)(d))"; none in a sound record. */
    public List<String> emptyFields(Locale locale) {
        List<String> empty = new ArrayList<>();
        for (Activity activity : activities(locale)) {
            activity.fields().stream().filter(Field::isEmpty)
                    .forEach(field -> empty.add(activity.id() + " " + field.name() + " (Art. " + field.article() + ")"));
        }
        return empty;
    }

    private Activity activity(Purpose purpose, List<ProcessorDirectory.RegisteredProcessor> registered, Locale locale) {
        List<ProcessorDirectory.RegisteredProcessor> involved = registered.stream()
                .filter(processor -> processor.categories().stream().anyMatch(purpose.categories()::contains)).toList();
        Function<Text, String> in = text -> text.in(locale);
        Policy.Controller controller = policy.controller();
        Policy.DataProtectionOfficer dpo = policy.dataProtectionOfficer();
        return new Activity(
                purpose.id(),
                controller.name() + " (CVR " + controller.cvr() + "), " + controller.address().singleLine()
                        + ", " + controller.phone() + ", " + controller.email(),
                in.apply(dpo.title()) + ", " + dpo.address().singleLine() + ", " + dpo.phone() + ", " + dpo.email(),
                in.apply(purpose.name()),
                purpose.legalBases().stream().map(policy::legalBasis)
                        .map(basis -> basis.article() + ": " + in.apply(basis.name())).toList(),
                purpose.subjects().stream().map(policy::subject).map(subject -> in.apply(subject.name())).toList(),
                purpose.categories().stream().map(policy::category)
                        .map(category -> in.apply(category.name()) + " (" + category.id() + ")").toList(),
                orElse(Stream.concat(
                        purpose.recipients().stream().map(policy::recipient).map(r -> in.apply(r.name())),
                        involved.stream().map(p -> processor(p, locale))), NO_RECIPIENTS, locale),
                orElse(Stream.concat(
                        purpose.transfers().stream().map(policy::transfer)
                                .map(t -> in.apply(t.recipient()) + ", " + t.country() + ": " + in.apply(t.safeguard())),
                        involved.stream().filter(ProcessorDirectory.RegisteredProcessor::outsideEea)
                                .map(p -> p.name() + ", " + country(p.country(), locale) + ": " + p.safeguard())),
                        NO_TRANSFERS, locale),
                purpose.categories().stream()
                        .flatMap(id -> policy.retentionOf(id).stream()
                                .map(rule -> in.apply(policy.category(id).name()) + ": " + in.apply(rule.description())))
                        .toList(),
                policy.securityMeasures().stream().map(in).toList());
    }

    private static final Text PROCESSOR = new Text("databehandler", "processor");
    private static final Text NO_AGREEMENT = new Text("ingen databehandleraftale", "no data processing agreement");
    private static final Text SUB_PROCESSOR = new Text("underdatabehandler for", "sub-processor for");

    private static String processor(ProcessorDirectory.RegisteredProcessor processor, Locale locale) {
        String role = processor.processorFor() == null ? PROCESSOR.in(locale)
                : SUB_PROCESSOR.in(locale) + " " + processor.processorFor();
        String agreement = processor.agreementReference() == null ? NO_AGREEMENT.in(locale) : processor.agreementReference();
        return processor.name() + " (" + role + ": " + processor.service() + "; " + agreement + ")";
    }

    private static String country(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    private static List<String> orElse(Stream<String> values, Text none, Locale locale) {
        List<String> list = values.toList();
        return list.isEmpty() ? List.of(none.in(locale)) : list;
    }
}
