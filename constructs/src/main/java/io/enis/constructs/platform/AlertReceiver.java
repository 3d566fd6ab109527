package io.enis.constructs.platform;

import io.enis.constructs.core.Require;
import java.util.List;
import java.util.Set;

/**
 * An Alertmanager receiver whose URL or key lives in AWS Secrets Manager.
 *
 * @param name kebab-case name
 * @param type {@code slack} (webhook URL), {@code pagerduty} (routing key) or {@code webhook} (URL)
 * @param secretName the Secrets Manager secret holding the URL or key
 * @param severities alert severities routed to this receiver
 */
public record AlertReceiver(String name, String type, String secretName, List<String> severities) {
    private static final Set<String> TYPES = Set.of("slack", "pagerduty", "webhook");

    public AlertReceiver {
        Require require = Require.of("AlertReceiver");
        require.matches("name", name, "[a-z][a-z0-9-]{0,30}", "use kebab case");
        require.check(TYPES.contains(type), "type", "'" + type + "' is not allowed; allowed: slack, pagerduty, webhook");
        require.text("secretName", secretName);
        severities = require.notEmpty("severities", severities);
    }
}
