package io.enis.constructs.aws.secrets;

import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecretConfig;
import software.constructs.Construct;

/**
 * A Secrets Manager secret whose value is set outside Terraform (an API key from a vendor, a
 * webhook URL): the stack creates the encrypted container and grants access; the value never
 * appears in the synthesized JSON or in Terraform state.
 */
public class ManagedSecret extends Construct {
    private final SecretsmanagerSecret secret;

    public ManagedSecret(Construct scope, String id, ManagedSecretProps props) {
        super(scope, id);
        this.secret = new SecretsmanagerSecret(
                this,
                "Secret",
                SecretsmanagerSecretConfig.builder()
                        .name(props.name())
                        .description(props.description())
                        .kmsKeyId(props.key().arn())
                        .recoveryWindowInDays(props.recoveryWindowDays())
                        .build());
    }

    /** Secret ARN (a Terraform reference). */
    public String arn() {
        return secret.getArn();
    }

    /** Secret name. */
    public String name() {
        return secret.getName();
    }

    /** The underlying {@code aws_secretsmanager_secret}. */
    protected SecretsmanagerSecret secret() {
        return secret;
    }
}
