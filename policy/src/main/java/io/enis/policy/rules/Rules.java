package io.enis.policy.rules;

import io.enis.policy.Control;
import io.enis.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/** Every rule, by area, and the shorthand the area classes use to describe theirs. */
public final class Rules {
    private Rules() {}

    /** All rules, in id order. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(S3Rules.all());
        all.addAll(KmsRules.all());
        all.addAll(RdsRules.all());
        all.addAll(ElastiCacheRules.all());
        all.addAll(EksRules.all());
        all.addAll(NetworkRules.all());
        all.addAll(IamRules.all());
        all.addAll(LoggingRules.all());
        all.addAll(SecretsRules.all());
        all.addAll(EcrRules.all());
        all.addAll(BackupRules.all());
        all.addAll(TagRules.all());
        all.addAll(KubernetesRules.all());
        all.addAll(HelmRules.all());
        all.sort(java.util.Comparator.comparing(rule -> rule.info().id()));
        return List.copyOf(all);
    }

    static RuleInfo info(
            String id,
            Severity severity,
            String title,
            String rationale,
            String remediation,
            String checkovId,
            Control... controls) {
        return new RuleInfo(id, title, severity, rationale, remediation, List.of(controls), checkovId);
    }
}
