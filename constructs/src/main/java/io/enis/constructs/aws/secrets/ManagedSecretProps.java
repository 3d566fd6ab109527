package io.enis.constructs.aws.secrets;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link ManagedSecret} and {@link GeneratedSecret}; build with {@link #builder()}.
 *
 * @param name required: the secret name, e.g. {@code enis/prod/billing/stripe-api-key}
 * @param description required: what the value is and who sets it
 * @param key required: encrypts the value
 * @param recoveryWindowDays days a deleted secret can be restored, 7..30; default 30
 */
@RecordBuilder
public record ManagedSecretProps(String name, String description, EncryptionKey key, Integer recoveryWindowDays) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public ManagedSecretProps {
        Require require = Require.of("ManagedSecretProps");
        require.matches("name", name, "[A-Za-z0-9/_+=.@-]{1,512}", "use letters, digits and /_+=.@-");
        require.text("description", description);
        require.present("key", key);
        recoveryWindowDays = require.range("recoveryWindowDays", recoveryWindowDays == null ? 30 : recoveryWindowDays, 7, 30);
    }

    public static ManagedSecretPropsBuilder builder() {
        return ManagedSecretPropsBuilder.builder();
    }
}
