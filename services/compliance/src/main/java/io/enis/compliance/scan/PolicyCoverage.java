package io.enis.compliance.scan;

import io.enis.compliance.catalogue.ControlRef;
import io.enis.policy.Control;
import io.enis.policy.rules.Rule;
import io.enis.policy.rules.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which policy rules check which catalogue controls: the rules' own mappings ({@link RuleInfo#controls()}),
 * with policy's framework names as the catalogue's framework ids ({@code ISO27001}, {@code PCI_DSS}).
 */
public final class PolicyCoverage {
    private final List<Rule> rules;
    private final Map<ControlRef, Set<String>> rulesByControl = new TreeMap<>();

    public PolicyCoverage(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : rules) {
            for (ControlRef ref : controls(rule.info())) {
                rulesByControl
                        .computeIfAbsent(ref, k -> new TreeSet<>())
                        .add(rule.info().id());
            }
        }
    }

    /** The catalogue references of the controls {@code rule} maps to. */
    public static List<ControlRef> controls(RuleInfo rule) {
        return rule.controls().stream().map(PolicyCoverage::ref).toList();
    }

    /** {@code control} as a catalogue reference. */
    public static ControlRef ref(Control control) {
        return new ControlRef(control.framework().name(), control.id());
    }

    /** The rules in the engine. */
    public List<Rule> rules() {
        return rules;
    }

    /** Ids of the rules checking {@code ref}, sorted; empty when none. */
    public Set<String> rulesFor(ControlRef ref) {
        return rulesByControl.getOrDefault(ref, Set.of());
    }

    /** Every control some rule maps to. */
    public Set<ControlRef> controls() {
        return rulesByControl.keySet();
    }
}
