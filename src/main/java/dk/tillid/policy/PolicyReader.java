package dk.tillid.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dk.tillid.policy.Policy.Address;
import dk.tillid.policy.Policy.Controller;
import dk.tillid.policy.Policy.Cookie;
import dk.tillid.policy.Policy.DataCategory;
import dk.tillid.policy.Policy.DataProtectionOfficer;
import dk.tillid.policy.Policy.DataSubject;
import dk.tillid.policy.Policy.LegalBasis;
import dk.tillid.policy.Policy.LegalBasisKind;
import dk.tillid.policy.Policy.Notice;
import dk.tillid.policy.Policy.Protection;
import dk.tillid.policy.Policy.Purpose;
import dk.tillid.policy.Policy.Recipient;
import dk.tillid.policy.Policy.RetentionRule;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.policy.Policy.Right;
import dk.tillid.policy.Policy.SupervisoryAuthority;
import dk.tillid.policy.Policy.Transfer;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the policy file into a {@link Policy}, or fails with every problem it has, each with its
 * line. The cross-checks between its parts are {@link PolicyRules}'.
 */
final class PolicyReader {

    private static final Set<String> TOP_LEVEL = Set.of("policy", "controller", "data-protection-officer",
            "supervisory-authority", "subjects", "legal-bases", "categories", "purposes", "recipients",
            "transfers", "retention", "consent-wordings", "cookies", "rights", "security-measures", "notice");

    private final String source;
    private final PolicyProblems problems = new PolicyProblems();
    private final PolicyRules rules = new PolicyRules(problems);

    private PolicyReader(String source) {
        this.source = source;
    }

    static Policy read(Resource resource) {
        String source = resource.getDescription();
        if (!resource.exists()) {
            throw new InvalidPolicyException(source, List.of(new InvalidPolicyException.Problem(0, "the file does not exist")));
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return new PolicyReader(source).read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the privacy policy " + source, e);
        }
    }

    private Policy read(Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidPolicyException(source, List.of(new InvalidPolicyException.Problem(line,
                    "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            // Control characters, too deep nesting, too many aliases: refused without a mark.
            throw new InvalidPolicyException(source, List.of(new InvalidPolicyException.Problem(0,
                    "not valid YAML: " + e.getMessage())));
        }
        PolicyNode top = new PolicyNode(root, "", problems);
        if (root == null) {
            top.problem("the file is empty");
            throw new InvalidPolicyException(source, problems.sorted());
        }
        top.allowOnly(TOP_LEVEL);
        PolicyNode header = top.required("policy");
        header.allowOnly(Set.of("version", "effective-from"));
        Policy policy = new Policy(
                header.required("version").text(),
                date(header.required("effective-from")),
                controller(top.required("controller")),
                dpo(top.required("data-protection-officer")),
                authority(top.required("supervisory-authority")),
                list(top.required("subjects"), "subject", this::subject),
                list(top.required("legal-bases"), "legal basis", this::legalBasis),
                list(top.required("categories"), "category", this::category),
                list(top.required("purposes"), "purpose", this::purpose),
                list(top.required("recipients"), "recipient", this::recipient),
                // No transfer to a third country is a valid answer, unlike no purpose.
                optionalList(top.required("transfers"), this::transfer),
                list(top.required("retention"), "retention rule", this::retentionRule),
                list(top.required("consent-wordings"), "consent wording", this::consentWording),
                list(top.required("cookies"), "cookie", this::cookie),
                list(top.required("rights"), "right", this::right),
                list(top.required("security-measures"), "security measure", PolicyNode::localized),
                notice(top.required("notice")));
        rules.check(policy);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(source, problems.sorted());
        }
        return policy;
    }

    private <T> List<T> optionalList(PolicyNode node, Function<PolicyNode, T> reader) {
        return node.items().stream().map(reader).toList();
    }

    private <T> List<T> list(PolicyNode node, String kind, Function<PolicyNode, T> reader) {
        List<PolicyNode> items = node.items();
        if (items.isEmpty() && !node.isMissing()) {
            node.problem(node.path() + " must list at least one " + kind);
        }
        List<T> values = new ArrayList<>();
        for (PolicyNode item : items) {
            values.add(reader.apply(item));
        }
        return values;
    }

    private Address address(PolicyNode node) {
        node.allowOnly(Set.of("street", "postcode", "city", "country"));
        return new Address(node.required("street").text(), node.required("postcode").text(),
                node.required("city").text(), node.required("country").text());
    }

    private Controller controller(PolicyNode node) {
        node.allowOnly(Set.of("name", "cvr", "address", "phone", "email", "website"));
        return new Controller(node.required("name").text(), node.required("cvr").text(),
                address(node.required("address")), node.required("phone").text(), node.required("email").text(),
                uri(node.required("website")));
    }

    private DataProtectionOfficer dpo(PolicyNode node) {
        node.allowOnly(Set.of("title", "address", "email", "phone"));
        return new DataProtectionOfficer(node.required("title").localized(), address(node.required("address")),
                node.required("email").text(), node.required("phone").text());
    }

    private SupervisoryAuthority authority(PolicyNode node) {
        node.allowOnly(Set.of("name", "address", "email", "website"));
        return new SupervisoryAuthority(node.required("name").localized(), address(node.required("address")),
                node.required("email").text(), uri(node.required("website")));
    }

    private DataSubject subject(PolicyNode node) {
        node.allowOnly(Set.of("id", "name", "description", "in-notice"));
        return new DataSubject(rules.declare("subject", node.required("id")), node.required("name").localized(),
                node.required("description").localized(), node.optional("in-notice").map(n -> n.flag(true)).orElse(true));
    }

    private LegalBasis legalBasis(PolicyNode node) {
        node.allowOnly(Set.of("id", "article", "name", "kind", "consent"));
        return new LegalBasis(rules.declare("legal basis", node.required("id")), node.required("article").text(),
                node.required("name").localized(), choice(node.required("kind"), LegalBasisKind.class),
                node.optional("consent").map(n -> n.flag(false)).orElse(false));
    }

    private DataCategory category(PolicyNode node) {
        node.allowOnly(Set.of("id", "name", "description", "subjects", "protection", "conditions", "source"));
        String id = rules.declare("category", node.required("id"));
        Protection protection = choice(node.required("protection"), Protection.class);
        PolicyNode conditions = node.optional("conditions").orElse(null);
        if (protection != null && protection.needsCondition() && (conditions == null || conditions.items().isEmpty())) {
            node.problem("category " + id + " is " + protection.name().toLowerCase(Locale.ROOT)
                    + " but names no legal basis for it under 'conditions'");
        }
        return new DataCategory(id, node.required("name").localized(), node.required("description").localized(),
                rules.references("subject", node.required("subjects"), id),
                protection,
                conditions == null ? List.of() : rules.references("legal basis", conditions, id),
                node.required("source").localized());
    }

    private Purpose purpose(PolicyNode node) {
        node.allowOnly(Set.of("id", "name", "legal-bases", "subjects", "categories", "recipients", "transfers",
                "consent-required", "derived"));
        String id = rules.declare("purpose", node.required("id"));
        return new Purpose(id, node.required("name").localized(),
                rules.nonEmptyReferences("legal basis", node.required("legal-bases"), id),
                rules.nonEmptyReferences("subject", node.required("subjects"), id),
                rules.nonEmptyReferences("category", node.required("categories"), id),
                rules.references("recipient", node.required("recipients"), id),
                rules.references("transfer", node.required("transfers"), id),
                node.optional("consent-required").map(n -> n.flag(false)).orElse(false),
                node.optional("derived").map(n -> n.flag(false)).orElse(false));
    }

    private Recipient recipient(PolicyNode node) {
        node.allowOnly(Set.of("id", "name", "description", "legal-bases"));
        String id = rules.declare("recipient", node.required("id"));
        return new Recipient(id, node.required("name").localized(), node.required("description").localized(),
                rules.nonEmptyReferences("legal basis", node.required("legal-bases"), id));
    }

    private Transfer transfer(PolicyNode node) {
        node.allowOnly(Set.of("id", "recipient", "country", "safeguard"));
        return new Transfer(rules.declare("transfer", node.required("id")), node.required("recipient").localized(),
                node.required("country").text(), node.required("safeguard").localized());
    }

    private RetentionRule retentionRule(PolicyNode node) {
        node.allowOnly(Set.of("id", "description", "subjects", "categories", "trigger", "period", "legal-obligation"));
        String id = rules.declare("retention rule", node.required("id"));
        PolicyNode trigger = node.optional("trigger").orElse(null);
        if (trigger == null) {
            node.problem("retention rule " + id + " has no trigger (what starts its clock)");
        }
        PolicyNode period = node.optional("period").orElse(null);
        if (period == null) {
            node.problem("retention rule " + id + " has no period");
        }
        return new RetentionRule(id, node.required("description").localized(),
                rules.nonEmptyReferences("subject", node.required("subjects"), id),
                rules.nonEmptyReferences("category", node.required("categories"), id),
                trigger == null ? null : choice(trigger, RetentionTrigger.class),
                period == null ? null : period(period),
                node.optional("legal-obligation").map(PolicyNode::localized).orElse(null));
    }

    private Policy.ConsentWording consentWording(PolicyNode node) {
        node.allowOnly(Set.of("purpose", "category", "version", "text"));
        String purpose = rules.reference("purpose", node.required("purpose"), "consent wording");
        String category = node.optional("category").map(c -> rules.reference("category", c, "consent wording"))
                .orElse(null);
        return new Policy.ConsentWording(purpose, category, rules.declare("consent wording", node.required("version")),
                node.required("text").localized());
    }

    private Cookie cookie(PolicyNode node) {
        node.allowOnly(Set.of("name", "provider", "purpose", "description", "lifetime", "necessary"));
        String name = rules.declare("cookie", node.required("name"));
        PolicyNode lifetime = node.required("lifetime");
        return new Cookie(name, node.required("provider").localized(),
                rules.reference("purpose", node.required("purpose"), "cookie " + name),
                node.required("description").localized(),
                "session".equals(lifetime.text()) ? null : period(lifetime),
                node.required("necessary").flag(false));
    }

    private Right right(PolicyNode node) {
        node.allowOnly(Set.of("id", "article", "name", "description"));
        return new Right(rules.declare("right", node.required("id")), node.required("article").text(),
                node.required("name").localized(), node.required("description").localized());
    }

    private Notice notice(PolicyNode node) {
        node.allowOnly(Set.of("introduction", "collection", "sensitive-data", "unregistering", "requests",
                "complaints", "breaches", "processors"));
        return new Notice(node.required("introduction").localized(), node.required("collection").localized(),
                node.required("sensitive-data").localized(), node.required("unregistering").localized(),
                node.required("requests").localized(), node.required("complaints").localized(),
                node.required("breaches").localized(), node.required("processors").localized());
    }

    private static <E extends Enum<E>> E choice(PolicyNode node, Class<E> type) {
        String value = node.text();
        if (value.isEmpty()) {
            return null;
        }
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(constant)).findFirst()
                .orElseGet(() -> {
                    node.problem(node.path() + " is '" + value + "', which is not one of " + Arrays.stream(type.getEnumConstants())
                            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
                    return null;
                });
    }

    private static Period period(PolicyNode node) {
        String value = node.text();
        try {
            return value.isEmpty() ? null : Period.parse(value);
        } catch (DateTimeParseException e) {
            node.problem(node.path() + " is '" + value + "', not an ISO-8601 period such as P6M or P5Y");
            return null;
        }
    }

    private static LocalDate date(PolicyNode node) {
        String value = node.text();
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            node.problem(node.path() + " is '" + value + "', not a date such as 2026-11-29");
            return null;
        }
    }

    /** Web addresses are shown as links on the public notice: https only. */
    private static URI uri(PolicyNode node) {
        String value = node.text();
        try {
            URI uri = value.isEmpty() ? null : URI.create(value);
            if (uri != null && (!"https".equals(uri.getScheme()) || uri.getHost() == null)) {
                node.problem(node.path() + " must be an https:// address, not '" + value + "'");
                return null;
            }
            return uri;
        } catch (IllegalArgumentException e) {
            node.problem(node.path() + " is not a web address");
            return null;
        }
    }
}
