package dk.tillid.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.tillid.policy.Policy.Cookie;
import dk.tillid.policy.Policy.DataCategory;
import dk.tillid.policy.Policy.LegalBasis;
import dk.tillid.policy.Policy.LegalBasisKind;
import dk.tillid.policy.Policy.Protection;
import dk.tillid.policy.Policy.Purpose;

/**
 * The rules that hold between the parts of a policy: every reference names something that exists,
 * every category has a purpose and a retention rule for each of its subjects, protected categories
 * rest on a fitting legal basis, and consent-based processing names consent.
 */
final class PolicyRules {

    private record Declared(String kind, String id) {
    }

    private record Reference(String kind, String id, int line, String owner) {
    }

    private final PolicyProblems problems;
    private final Map<Declared, Integer> declarations = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    PolicyRules(PolicyProblems problems) {
        this.problems = problems;
    }

    String declare(String kind, PolicyNode node) {
        String id = node.text();
        Integer earlier = declarations.putIfAbsent(new Declared(kind, id), node.line());
        if (earlier != null && !id.isEmpty()) {
            node.problem(kind + " " + id + " is declared twice (first on line " + earlier + ")");
        }
        return id;
    }

    String reference(String kind, PolicyNode node, String owner) {
        String id = node.text();
        references.add(new Reference(kind, id, node.line(), owner));
        return id;
    }

    List<String> references(String kind, PolicyNode list, String owner) {
        return list.items().stream().map(item -> reference(kind, item, owner)).toList();
    }

    List<String> nonEmptyReferences(String kind, PolicyNode list, String owner) {
        List<String> ids = references(kind, list, owner);
        if (ids.isEmpty() && !list.isMissing()) {
            list.problem(owner + " names no " + kind);
        }
        return ids;
    }

    void check(Policy policy) {
        for (Reference reference : references) {
            if (!reference.id().isEmpty() && !declarations.containsKey(new Declared(reference.kind(), reference.id()))) {
                problems.add(reference.line(), reference.owner() + " names unknown " + reference.kind() + " '"
                        + reference.id() + "'");
            }
        }
        policy.categories().forEach(category -> checkCategory(policy, category));
        policy.purposes().forEach(purpose -> checkConsent(policy, purpose));
        policy.cookies().forEach(cookie -> checkCookie(policy, cookie));
        policy.consentWordings().forEach(wording -> checkConsentWording(policy, wording));
    }

    /** A wording may only ask for consent where consent is a legal basis the policy names. */
    private void checkConsentWording(Policy policy, Policy.ConsentWording wording) {
        Purpose purpose = policy.purposes().stream().filter(p -> p.id().equals(wording.purpose())).findFirst().orElse(null);
        if (purpose == null) {
            return;
        }
        boolean purposeRestsOnConsent = purpose.legalBases().stream().map(id -> find(policy, id))
                .filter(Objects::nonNull).anyMatch(LegalBasis::consent);
        DataCategory category = wording.category() == null ? null
                : policy.categories().stream().filter(c -> c.id().equals(wording.category())).findFirst().orElse(null);
        boolean categoryAllowsConsent = category != null && category.conditions().stream().map(id -> find(policy, id))
                .filter(Objects::nonNull).anyMatch(LegalBasis::consent);
        int line = lineOf("consent wording", wording.version());
        if (!purposeRestsOnConsent && !categoryAllowsConsent) {
            problems.add(line, "consent wording " + wording.version() + " asks for consent to " + wording.purpose()
                    + (wording.category() == null ? "" : " and " + wording.category())
                    + ", but the policy names no consent as its legal basis");
        }
        if (category != null && !purpose.categories().contains(category.id())) {
            problems.add(line, "consent wording " + wording.version() + ": purpose " + purpose.id() + " does not use "
                    + category.id());
        }
    }

    private void checkCategory(Policy policy, DataCategory category) {
        int line = lineOf("category", category.id());
        if (policy.purposesUsing(category.id()).stream().allMatch(Purpose::derived)) {
            problems.add(line, "category " + category.id() + " is used by no purpose; data without a purpose may not be kept");
        }
        for (String subject : category.subjects()) {
            boolean covered = policy.retentionRules().stream()
                    .anyMatch(rule -> rule.categories().contains(category.id()) && rule.subjects().contains(subject));
            if (!covered) {
                problems.add(line, "category " + category.id() + " has no retention rule for subject " + subject);
            }
        }
        LegalBasisKind fitting = fittingKind(category.protection());
        if (fitting != null) {
            boolean fits = category.conditions().stream().map(id -> find(policy, id))
                    .filter(Objects::nonNull).anyMatch(basis -> basis.kind() == fitting);
            if (!category.conditions().isEmpty() && !fits) {
                problems.add(line, "category " + category.id() + " is " + category.protection().name().toLowerCase()
                        + " but none of its conditions is a legal basis of kind " + fitting.name().toLowerCase().replace('_', '-'));
            }
        }
    }

    private void checkConsent(Policy policy, Purpose purpose) {
        boolean namesConsent = purpose.legalBases().stream().map(id -> find(policy, id))
                .filter(Objects::nonNull).anyMatch(LegalBasis::consent);
        if (purpose.consentRequired() && !namesConsent) {
            problems.add(lineOf("purpose", purpose.id()), "purpose " + purpose.id()
                    + " requires consent but names no consent among its legal bases");
        }
    }

    private void checkCookie(Policy policy, Cookie cookie) {
        if (cookie.necessary()) {
            return;
        }
        boolean consentBased = policy.purposes().stream().filter(purpose -> purpose.id().equals(cookie.purpose()))
                .anyMatch(Purpose::consentRequired);
        if (!consentBased) {
            problems.add(lineOf("cookie", cookie.name()), "cookie " + cookie.name()
                    + " is not strictly necessary, so its purpose must require consent");
        }
    }

    private static LegalBasisKind fittingKind(Protection protection) {
        if (protection == null) {
            return null;
        }
        return switch (protection) {
            case NORMAL -> null;
            case CONFIDENTIAL -> LegalBasisKind.NATIONAL_ID;
            case SPECIAL -> LegalBasisKind.SPECIAL_CATEGORY;
            case CRIMINAL -> LegalBasisKind.CRIMINAL_RECORD;
        };
    }

    private static LegalBasis find(Policy policy, String id) {
        return policy.legalBases().stream().filter(basis -> basis.id().equals(id)).findFirst().orElse(null);
    }

    private int lineOf(String kind, String id) {
        return declarations.getOrDefault(new Declared(kind, id), 0);
    }
}
