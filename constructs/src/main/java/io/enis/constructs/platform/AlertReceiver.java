package io.enis.constructs.platform;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * An Alertmanager receiver whose URL or key lives in AWS Secrets Manager; build with {@link #builder()}.
 *
 * @param name required: kebab-case, at most 31 characters
 * @param type required: what the receiver is, and so what its secret holds
 * @param secretName required: the Secrets Manager secret holding the URL or key
 * @param severities required: at least one; the alert severities routed to this receiver
 */
@RecordBuilder
public record AlertReceiver(String name, AlertReceiverType type, String secretName, List<AlertSeverity> severities) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public AlertReceiver {
        Require require = Require.of("AlertReceiver");
        require.matches("name", name, "[a-z][a-z0-9-]{0,30}", "use kebab case");
        require.present("type", type);
        require.text("secretName", secretName);
        severities = require.notEmpty("severities", severities);
    }

    public static AlertReceiverBuilder builder() {
        return AlertReceiverBuilder.builder();
    }
}
