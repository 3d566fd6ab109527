package io.enis.policy;

import io.enis.policy.model.Suppression;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.rules.Rule;
import io.enis.policy.rules.Rules;
import io.enis.policy.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntBiFunction;

/**
 * Runs the rules over Terraform documents and applies the suppressions found in them: an active
 * suppression marks its finding as suppressed (with its reason); an expired one leaves the finding
 * unsuppressed and says so.
 */
public final class PolicyEngine {
    private final List<Rule> rules;
    private final LocalDate today;
    private final ToIntBiFunction<TerraformModel, String> lines;

    /** The engine with every rule, judging suppression expiry against {@code today}. */
    public PolicyEngine(LocalDate today, ToIntBiFunction<TerraformModel, String> lines) {
        this(Rules.all(), today, lines);
    }

    /**
     * @param lines where a resource (address) starts in its document's file, for report locations
     */
    public PolicyEngine(List<Rule> rules, LocalDate today, ToIntBiFunction<TerraformModel, String> lines) {
        this.rules = List.copyOf(rules);
        this.today = today;
        this.lines = lines;
    }

    /** Checks every document with every rule. */
    public Report check(List<TerraformModel> documents) {
        List<Finding> findings = new ArrayList<>();
        for (TerraformModel document : documents) {
            for (Rule rule : rules) {
                for (Violation violation : rule.check(document)) {
                    findings.add(finding(document, rule, violation));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::stack)
                .thenComparing(Finding::resource)
                .thenComparing(Finding::message));
        return new Report(rules.stream().map(Rule::info).toList(), documents.size(), findings);
    }

    private Finding finding(TerraformModel document, Rule rule, Violation violation) {
        var info = rule.info();
        String address = violation.resource().address();
        Optional<Suppression> suppression = violation.resource().suppressions().stream()
                .filter(s -> s.ruleId().equals(info.id()))
                .findFirst();
        boolean active = suppression.map(s -> s.activeOn(today)).orElse(false);
        String message = violation.message();
        if (suppression.isPresent() && !active) {
            message += " (suppression expired on " + suppression.get().expires() + ")";
        }
        return new Finding(
                info.id(),
                info.title(),
                info.severity(),
                address,
                document.stack(),
                document.file(),
                lines.applyAsInt(document, address),
                message,
                active,
                suppression.map(Suppression::reason).orElse(null),
                suppression.map(Suppression::expires).orElse(null));
    }
}
