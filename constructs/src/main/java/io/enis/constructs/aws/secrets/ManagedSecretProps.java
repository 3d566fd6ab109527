package io.enis.constructs.aws.secrets;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link ManagedSecret}; build with {@link #builder()}. ({@link GeneratedSecret} takes
 * {@link GeneratedSecretProps}, which have the same fields and more.)
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
        recoveryWindowDays = checkSecret(Require.of("ManagedSecretProps"), name, description, key, recoveryWindowDays);
    }

    /** The checks of every secret's props; returns {@code recoveryWindowDays} with its default applied. */
    static int checkSecret(Require require, String name, String description, EncryptionKey key, Integer recoveryWindowDays) {
        require.matches("name", name, "[A-Za-z0-9/_+=.@-]{1,512}", "use letters, digits and /_+=.@-");
        require.text("description", description);
        require.present("key", key);
        return require.range("recoveryWindowDays", recoveryWindowDays == null ? 30 : recoveryWindowDays, 7, 30);
    }

    public static ManagedSecretPropsBuilder builder() {
        return ManagedSecretPropsBuilder.builder();
    }
}
