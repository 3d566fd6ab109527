package com.example.infra;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProviderConfig;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.kms.EncryptionKeyProps;
import io.enis.constructs.aws.rds.PostgresDatabase;
import io.enis.constructs.aws.rds.PostgresDatabaseProps;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.k8s.ContainerResources;
import io.enis.constructs.k8s.ServiceDeployment;
import io.enis.constructs.k8s.ServiceDeploymentProps;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * A team's own stack built from ENIS constructs: an orders service with its bucket (read-write
 * through its IRSA role) and database in an existing VPC and cluster. Everything secure comes from the constructs' defaults.
 */
public final class ExampleStack extends TerraformStack {
    public ExampleStack(Construct scope, String id) {
        super(scope, id);
        var account = new AwsAccount("123456789012", "eu-west-1");
        var naming = Naming.of("acme", "dev", "orders", Map.of("Owner", "orders-team", "CostCenter", "CC-42"));
        new AwsProvider(this, "aws", AwsProviderConfig.builder().region(account.region()).build());
        new KubernetesProvider(this, "kubernetes", KubernetesProviderConfig.builder().configPath("~/.kube/config").build());

        var key = new EncryptionKey(this, "Key", EncryptionKeyProps.builder()
                .naming(naming).account(account).purpose("data")
                .viaServices(List.of("s3.eu-west-1.amazonaws.com", "rds.eu-west-1.amazonaws.com"))
                .build());
        var logs = new SecureBucket(this, "AccessLogs", SecureBucketProps.builder()
                .naming(naming).account(account).purpose("access-logs").logTarget(true).build());
        var exports = new SecureBucket(this, "Exports", SecureBucketProps.builder()
                .naming(naming).account(account).purpose("exports").key(key).accessLogBucket(logs.bucketName()).build());
        new PostgresDatabase(this, "Database", PostgresDatabaseProps.builder()
                .naming(naming).vpcId("vpc-0a1b2c3d").subnetIds(List.of("subnet-0aaa", "subnet-0bbb")).key(key)
                .engineVersion("16.3").instanceClass("db.t4g.micro")
                .allowedSources(Map.of("eks-nodes", "sg-0123456789abcdef0"))
                .build());
        // the deployment makes the role trust its own namespace and service account (orders/orders)
        var role = new ServiceRole(this, "OrdersRole", ServiceRoleProps.builder()
                .naming(naming)
                .oidcProviderArn("arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE")
                .oidcIssuerUrl("https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE")
                .build());
        exports.grantReadWrite(role);
        new ServiceDeployment(this, "Orders", ServiceDeploymentProps.builder()
                .name("orders").image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:2.3.1").version("2.3.1")
                .minReplicas(2).maxReplicas(6).minAvailable(1)
                .resources(ContainerResources.builder()
                        .cpuRequest("250m").memoryRequest("256Mi").cpuLimit("1").memoryLimit("512Mi").build())
                .role(role)
                .pathPrefixes(List.of("/v1/orders"))
                .build());
    }
}
