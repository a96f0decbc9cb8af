package dk.tillid.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of the policy file that knows its line, so that every problem can name where it is.
 * Reading never stops at the first problem: missing or malformed values are recorded and a
 * neutral value is returned, so one start-up reports every problem of the file at once.
 */
final class PolicyNode {

    private final Node node;
    private final String path;
    private final PolicyProblems problems;
    private Map<String, PolicyNode> entries;

    PolicyNode(Node node, String path, PolicyProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    int line() {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    boolean isMissing() {
        return node == null;
    }

    void problem(String message) {
        problems.add(line(), message);
    }

    PolicyNode required(String key) {
        PolicyNode child = child(key);
        if (child.isMissing() && !isMissing()) {
            problem(path + " has no '" + key + "'");
        }
        return child;
    }

    Optional<PolicyNode> optional(String key) {
        PolicyNode child = child(key);
        return child.isMissing() ? Optional.empty() : Optional.of(child);
    }

    /** Catches typos: a misspelt key would otherwise be silently ignored. */
    void allowOnly(Set<String> keys) {
        entries().forEach((key, value) -> {
            if (!keys.contains(key)) {
                value.problems.add(value.line(), path + " has an unknown key '" + key + "' (expected one of "
                        + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        });
    }

    String text() {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        if (!isMissing()) {
            problem(path + " must be a non-empty text");
        }
        return "";
    }

    boolean flag(boolean defaultValue) {
        if (isMissing()) {
            return defaultValue;
        }
        String value = text();
        if (!value.equals("true") && !value.equals("false")) {
            problem(path + " must be true or false, not '" + value + "'");
            return defaultValue;
        }
        return Boolean.parseBoolean(value);
    }

    Text localized() {
        if (isMissing()) {
            return new Text("", "");
        }
        allowOnly(Set.of("da", "en"));
        return new Text(required("da").text(), required("en").text());
    }

    List<PolicyNode> items() {
        if (node instanceof SequenceNode sequence) {
            List<PolicyNode> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new PolicyNode(sequence.getValue().get(i), path + "[" + i + "]", problems));
            }
            return items;
        }
        if (!isMissing()) {
            problem(path + " must be a list");
        }
        return List.of();
    }

    private PolicyNode child(String key) {
        PolicyNode child = entries().get(key);
        return child != null ? child : new PolicyNode(null, path + "." + key, problems);
    }

    /** Read once, so that a problem of this node is reported once however often it is asked. */
    private Map<String, PolicyNode> entries() {
        if (entries != null) {
            return entries;
        }
        entries = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    PolicyNode earlier = entries.put(key.getValue(), new PolicyNode(tuple.getValueNode(), childPath, problems));
                    if (earlier != null) {
                        problems.add(key.getStartMark().getLine() + 1, childPath + " is given twice");
                    }
                }
            }
        } else if (node != null) {
            problem(path + " must be a mapping of keys to values");
        }
        return entries;
    }
}
