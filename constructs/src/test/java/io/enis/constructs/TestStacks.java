package io.enis.constructs;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.kms.EncryptionKeyProps;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import java.util.Map;

/** A fresh stack with an AWS provider, for synthesizing one construct in a test. */
public final class TestStacks {
    public static final AwsAccount ACCOUNT = new AwsAccount("123456789012", "eu-west-1");
    public static final Naming NAMING = Naming.of("enis", "test", "unit", Map.of("Owner", "platform"));

    private TestStacks() {
    }

    public static TerraformStack aws() {
        TerraformStack stack = new TerraformStack(Testing.app(), "test");
        new AwsProvider(stack, "aws", AwsProviderConfig.builder().region(ACCOUNT.region()).build());
        return stack;
    }

    /** A fresh stack with Kubernetes and Helm providers. */
    public static TerraformStack kubernetes() {
        TerraformStack stack = new TerraformStack(Testing.app(), "test");
        new com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider(stack, "kubernetes",
                com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProviderConfig.builder().configPath("~/.kube/config").build());
        new com.hashicorp.cdktf.providers.helm.provider.HelmProvider(stack, "helm",
                com.hashicorp.cdktf.providers.helm.provider.HelmProviderConfig.builder().build());
        return stack;
    }

    /** A fresh stack with AWS, Kubernetes and Helm providers (workloads with IRSA roles). */
    public static TerraformStack awsAndKubernetes() {
        TerraformStack stack = kubernetes();
        new AwsProvider(stack, "aws", AwsProviderConfig.builder().region(ACCOUNT.region()).build());
        return stack;
    }

    /** A key for constructs that need one. */
    public static EncryptionKey key(TerraformStack stack, String purpose) {
        return new EncryptionKey(stack, "Key-" + purpose, EncryptionKeyProps.builder()
                .naming(NAMING).account(ACCOUNT).purpose(purpose).build());
    }
}
