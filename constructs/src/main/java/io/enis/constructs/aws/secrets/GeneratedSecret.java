package io.enis.constructs.aws.secrets;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.data_aws_secretsmanager_random_password.DataAwsSecretsmanagerRandomPassword;
import com.hashicorp.cdktf.providers.aws.data_aws_secretsmanager_random_password.DataAwsSecretsmanagerRandomPasswordConfig;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_version.SecretsmanagerSecretVersion;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_version.SecretsmanagerSecretVersionConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import software.constructs.Construct;

/**
 * A {@link ManagedSecret} whose value is generated once by Secrets Manager's password generator
 * (64 characters, no punctuation) and never regenerated: the generator yields a new value on
 * every plan, so the version keeps the first one ({@code ignore_changes}). The value is in
 * Terraform state (encrypted), never in the synthesized JSON. With
 * {@link GeneratedSecretProps#passwordField()}, the value is a JSON object of the props' fixed
 * {@code fields} plus the generated password under that field.
 */
public final class GeneratedSecret extends ManagedSecret {
    private final SecretsmanagerSecretVersion version;

    public GeneratedSecret(Construct scope, String id, GeneratedSecretProps props) {
        super(scope, id, props.secret());
        var generated = new DataAwsSecretsmanagerRandomPassword(this, "Generated",
                DataAwsSecretsmanagerRandomPasswordConfig.builder().passwordLength(64).excludePunctuation(true).build());
        String value = generated.getRandomPassword();
        if (props.json()) {
            Map<String, Object> fields = new LinkedHashMap<>(props.fields());
            fields.put(props.passwordField(), value);
            value = Fn.jsonencode(fields);
        }
        this.version = new SecretsmanagerSecretVersion(this, "Value", SecretsmanagerSecretVersionConfig.builder()
                .secretId(secret().getId())
                .secretString(value)
                .lifecycle(TerraformResourceLifecycle.builder().ignoreChanges(java.util.List.of("secret_string")).build())
                .build());
    }

    /** The value, for resources that take it directly (e.g. an ElastiCache AUTH token); a Terraform reference. */
    public String value() {
        return version.getSecretString();
    }
}
