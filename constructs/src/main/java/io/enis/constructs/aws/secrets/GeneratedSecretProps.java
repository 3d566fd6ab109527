package io.enis.constructs.aws.secrets;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * Props of {@link GeneratedSecret}; build with {@link #builder()}.
 *
 * @param name required: the secret name, e.g. {@code enis/prod/billing/database-credentials}
 * @param description required: what the value is and who reads it
 * @param key required: encrypts the value
 * @param recoveryWindowDays days a deleted secret can be restored, 7..30; default 30
 * @param passwordField default none: the whole value is the generated password. When set, the value
 *     is a JSON object holding the password under this field, plus {@code fields}
 * @param fields default none: fixed fields of the JSON value, e.g. {@code username}; only with
 *     {@code passwordField}, which must not be one of them
 */
@RecordBuilder
public record GeneratedSecretProps(String name, String description, EncryptionKey key, Integer recoveryWindowDays,
        String passwordField, Map<String, String> fields) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed, or fields come without passwordField */
    public GeneratedSecretProps {
        Require require = Require.of("GeneratedSecretProps");
        recoveryWindowDays = ManagedSecretProps.checkSecret(require, name, description, key, recoveryWindowDays);
        fields = require.map(fields);
        if (passwordField == null) {
            require.check(fields.isEmpty(), "fields", "are set without passwordField; allowed: set passwordField too, or no fields");
        } else {
            require.matches("passwordField", passwordField, "[A-Za-z_][A-Za-z0-9_-]*", "use a JSON field name such as password");
            require.check(!fields.containsKey(passwordField), "fields",
                    "contain the passwordField '" + passwordField + "'; allowed: fields other than the generated one");
        }
    }

    /** True when the value is a JSON object rather than the bare password. */
    public boolean json() {
        return passwordField != null;
    }

    /** The props of the secret itself (without the value). */
    ManagedSecretProps secret() {
        return new ManagedSecretProps(name, description, key, recoveryWindowDays);
    }

    public static GeneratedSecretPropsBuilder builder() {
        return GeneratedSecretPropsBuilder.builder();
    }
}
