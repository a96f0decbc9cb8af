package dk.tillid.policy;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's privacy policy, validated and immutable. Every list is in the order of the policy
 * file; every reference between its parts has been checked when it was loaded.
 */
public record Policy(
        String version,
        LocalDate effectiveFrom,
        Controller controller,
        DataProtectionOfficer dataProtectionOfficer,
        SupervisoryAuthority supervisoryAuthority,
        List<DataSubject> subjects,
        List<LegalBasis> legalBases,
        List<DataCategory> categories,
        List<Purpose> purposes,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<RetentionRule> retentionRules,
        List<ConsentWording> consentWordings,
        List<Cookie> cookies,
        List<Right> rights,
        List<Text> securityMeasures,
        Notice notice) {

    public Policy {
        subjects = List.copyOf(subjects);
        legalBases = List.copyOf(legalBases);
        categories = List.copyOf(categories);
        purposes = List.copyOf(purposes);
        recipients = List.copyOf(recipients);
        transfers = List.copyOf(transfers);
        retentionRules = List.copyOf(retentionRules);
        consentWordings = List.copyOf(consentWordings);
        cookies = List.copyOf(cookies);
        rights = List.copyOf(rights);
        securityMeasures = List.copyOf(securityMeasures);
    }

    public DataCategory category(String id) {
        return find(categories, DataCategory::id, id);
    }

    /** A category's name in the reader's language; an id the policy lacks as it is. */
    public String categoryName(String id, Locale locale) {
        return findCategory(id).map(category -> category.name().in(locale)).orElse(id);
    }

    public Optional<DataCategory> findCategory(String id) {
        return categories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public DataSubject subject(String id) {
        return find(subjects, DataSubject::id, id);
    }

    public LegalBasis legalBasis(String id) {
        return find(legalBases, LegalBasis::id, id);
    }

    public Purpose purpose(String id) {
        return find(purposes, Purpose::id, id);
    }

    public Purpose purpose(PurposeId id) {
        return purpose(id.value());
    }

    /** Whether the policy lets a purpose use a category (P-PUR-x names P-DATA-y). */
    public boolean allows(PurposeId purpose, String categoryId) {
        return purposes.stream().anyMatch(p -> p.id().equals(purpose.value()) && p.categories().contains(categoryId));
    }

    public Recipient recipient(String id) {
        return find(recipients, Recipient::id, id);
    }

    public Transfer transfer(String id) {
        return find(transfers, Transfer::id, id);
    }

    /** The retention rules that apply to a category, in policy order. */
    public List<RetentionRule> retentionOf(String categoryId) {
        return retentionRules.stream().filter(rule -> rule.categories().contains(categoryId)).toList();
    }

    /** The purposes that may use a category. */
    public List<Purpose> purposesUsing(String categoryId) {
        return purposes.stream().filter(purpose -> purpose.categories().contains(categoryId)).toList();
    }

    /** The subjects the public notice speaks to: everyone but the agency's own staff. */
    public List<DataSubject> publicSubjects() {
        return subjects.stream().filter(DataSubject::inNotice).toList();
    }

    public List<DataCategory> categoriesOf(String subjectId) {
        return categories.stream().filter(category -> category.subjects().contains(subjectId)).toList();
    }

    /** Whether the public notice names a category: it does if any of its subjects is public. */
    public boolean inNotice(String categoryId) {
        Map<String, DataSubject> byId = subjects.stream().collect(Collectors.toMap(DataSubject::id, Function.identity()));
        return category(categoryId).subjects().stream().map(byId::get).anyMatch(DataSubject::inNotice);
    }

    public RetentionRule retentionRule(String id) {
        return find(retentionRules, RetentionRule::id, id);
    }

    /** The rules that a law imposes: what survives an erasure request while they run. */
    public List<RetentionRule> legalObligations() {
        return retentionRules.stream().filter(rule -> rule.legalObligation() != null).toList();
    }

    public List<RetentionRule> publicRetentionRules() {
        return retentionRules.stream()
                .filter(rule -> rule.subjects().stream().map(this::subject).anyMatch(DataSubject::inNotice))
                .toList();
    }

    private static <T> T find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("The policy has no entry " + wanted));
    }

    public record Address(String street, String postcode, String city, String country) {

        public String singleLine() {
            return street + ", " + postcode + " " + city + ", " + country;
        }
    }

    public record Controller(String name, String cvr, Address address, String phone, String email, URI website) {
    }

    public record DataProtectionOfficer(Text title, Address address, String email, String phone) {
    }

    public record SupervisoryAuthority(Text name, Address address, String email, URI website) {
    }

    public record DataSubject(String id, Text name, Text description, boolean inNotice) {
    }

    public enum LegalBasisKind { GENERAL, SPECIAL_CATEGORY, CRIMINAL_RECORD, NATIONAL_ID }

    /** A legal basis; {@code consent} marks those that need the person's consent (Art. 6(1)(a), 9(2)(a), ...). */
    public record LegalBasis(String id, String article, Text name, LegalBasisKind kind, boolean consent) {
    }

    /**
     * How carefully a category is protected. {@code CONFIDENTIAL}: the CPR number (Danish Data
     * Protection Act s. 11); {@code SPECIAL}: GDPR Art. 9; {@code CRIMINAL}: Art. 10 and s. 8.
     */
    public enum Protection {
        NORMAL, CONFIDENTIAL, SPECIAL, CRIMINAL;

        public boolean needsCondition() {
            return this != NORMAL;
        }
    }

    public record DataCategory(String id, Text name, Text description, List<String> subjects,
                               Protection protection, List<String> conditions, Text source) {

        public DataCategory {
            subjects = List.copyOf(subjects);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * A purpose. A {@code derived} one (answering the person's requests) follows from holding data
     * and justifies collecting none of it.
     */
    public record Purpose(String id, Text name, List<String> legalBases, List<String> subjects,
                          List<String> categories, List<String> recipients, List<String> transfers,
                          boolean consentRequired, boolean derived) {

        public Purpose {
            legalBases = List.copyOf(legalBases);
            subjects = List.copyOf(subjects);
            categories = List.copyOf(categories);
            recipients = List.copyOf(recipients);
            transfers = List.copyOf(transfers);
        }
    }

    public record Recipient(String id, Text name, Text description, List<String> legalBases) {

        public Recipient {
            legalBases = List.copyOf(legalBases);
        }
    }

    public record Transfer(String id, Text recipient, String country, Text safeguard) {
    }

    /** What starts a retention clock. */
    public enum RetentionTrigger {
        LAST_CONTACT, LAST_ACTIVITY, END_OF_LAST_EMPLOYMENT, END_OF_FISCAL_YEAR_OF_LAST_EMPLOYMENT,
        COLLECTED, ACCOUNT_CLOSED
    }

    /**
     * How long a category is kept, from which event. {@code legalObligation} names the law that makes
     * the agency keep the data even when the person asks for erasure (GDPR Art. 17(3)(b)); null when
     * the rule is the agency's own choice.
     */
    public record RetentionRule(String id, Text description, List<String> subjects, List<String> categories,
                                RetentionTrigger trigger, Period period, Text legalObligation) {

        public RetentionRule {
            subjects = List.copyOf(subjects);
            categories = List.copyOf(categories);
        }
    }

    /**
     * The words a person agrees to for a purpose (and, for a protected category, that category).
     * {@code category} is null for consent to a purpose as a whole.
     */
    public record ConsentWording(String purpose, String category, String version, Text text) {
    }

    public Optional<ConsentWording> consentWording(String purpose, String category, String version) {
        return consentWordings.stream()
                .filter(w -> w.purpose().equals(purpose) && java.util.Objects.equals(w.category(), category)
                        && w.version().equals(version))
                .findFirst();
    }

    /** The newest wording for a purpose and category: the one to show today. */
    public Optional<ConsentWording> currentConsentWording(String purpose, String category) {
        return consentWordings.stream()
                .filter(w -> w.purpose().equals(purpose) && java.util.Objects.equals(w.category(), category))
                .reduce((first, second) -> second);
    }

    /** A cookie; a lifetime of {@code null} means it ends with the browser session. */
    public record Cookie(String name, Text provider, String purpose, Text description, Period lifetime,
                         boolean necessary) {

        public boolean endsWithSession() {
            return lifetime == null;
        }
    }

    public record Right(String id, String article, Text name, Text description) {
    }

    /** The prose of the public notice that is not derived from the lists above. */
    public record Notice(Text introduction, Text collection, Text sensitiveData, Text unregistering,
                         Text requests, Text complaints, Text breaches, Text processors) {
    }
}
