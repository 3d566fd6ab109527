package io.enis.constructs.core;

import com.hashicorp.cdktf.TerraformResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import software.constructs.IConstruct;

/**
 * Policy suppressions decided in code: a rule id, a reason and an optional expiry, attached to
 * every Terraform resource under a construct and written into the synthesized JSON (the
 * resource's {@code "//"} metadata, key {@code enis_suppressions}), where {@code ./infra check}
 * reports them as suppressed with the reason — or, after the expiry, as findings again.
 */
public final class Suppressions {
    /** Metadata key inside {@code "//"}; the policy engine reads the same key. */
    public static final String METADATA_KEY = "enis_suppressions";

    private static final Map<TerraformResource, List<Map<String, Object>>> APPLIED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Suppressions() {}

    /**
     * Suppresses {@code ruleId} on every resource under {@code scope}.
     *
     * @param reason why the rule does not apply; shown in reports and to auditors
     * @param expires last day it applies, or {@code null} for no expiry
     * @throws InvalidPropsException when the rule id is malformed or the reason blank
     */
    public static void add(IConstruct scope, String ruleId, String reason, LocalDate expires) {
        Require require = Require.of("Suppression");
        require.matches("ruleId", ruleId, "ENIS-[A-Z0-9]+-\\d{3}", "use a rule id such as ENIS-S3-002");
        require.check(
                reason != null && reason.trim().length() >= 10,
                "reason",
                "is missing for " + ruleId + "; allowed: a sentence saying why the rule does not apply");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", ruleId);
        entry.put("reason", reason.trim());
        if (expires != null) {
            entry.put("expires", expires.toString());
        }
        for (IConstruct construct : scope.getNode().findAll()) {
            if (construct instanceof TerraformResource resource) {
                List<Map<String, Object>> list = APPLIED.computeIfAbsent(resource, r -> new ArrayList<>());
                list.add(entry);
                resource.addOverride("//." + METADATA_KEY, new ArrayList<>(list));
            }
        }
    }

    /** Suppresses {@code ruleId} on every resource under {@code scope}, without expiry. */
    public static void add(IConstruct scope, String ruleId, String reason) {
        add(scope, ruleId, reason, null);
    }
}
