package io.enis.constructs.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRoleTest {

    @Test
    void assumableOnlyByOneServiceAccountWithScopedPermissions() {
        var stack = TestStacks.aws();
        new ServiceRole(stack, "Billing", ServiceRoleProps.builder()
                .naming(TestStacks.NAMING)
                .oidcProviderArn("arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC")
                .oidcIssuerUrl("https://oidc.eks.eu-west-1.amazonaws.com/id/ABC")
                .namespace("billing").serviceAccount("billing")
                .permissions(List.of(Permission.allow("ReadStripeKey", List.of("secretsmanager:GetSecretValue"),
                        List.of("arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe"))))
                .build());
        Template template = Template.synth(stack);

        JsonNode trust = template.dataSources("aws_iam_policy_document").values().stream()
                .filter(d -> d.at("/statement/0/sid").asText().equals("ServiceAccountAssumesRole"))
                .findFirst().orElseThrow();
        JsonNode statement = trust.at("/statement/0");
        assertThat(statement.path("actions").get(0).asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        assertThat(statement.at("/principals/0/type").asText()).isEqualTo("Federated");
        assertThat(statement.at("/condition/0/variable").asText()).endsWith(":sub").contains("replace(");
        assertThat(statement.at("/condition/0/values/0").asText()).isEqualTo("system:serviceaccount:billing:billing");
        assertThat(statement.at("/condition/1/values/0").asText()).isEqualTo("sts.amazonaws.com");
        assertThat(template.resources("aws_iam_role_policy")).hasSize(1);
    }

    @Test
    void wildcardActionsAndResourcesAreRefused() {
        assertThatThrownBy(() -> Permission.allow("All", List.of("*"), List.of("arn:x")))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("Permission.actions: '*' is not allowed; use service:Action names, never '*' or 'service:*'");
        assertThatThrownBy(() -> Permission.allow("AllS3", List.of("s3:*"), List.of("arn:x")))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("'s3:*' is not allowed");
        assertThatThrownBy(() -> Permission.allow("Any", List.of("s3:GetObject"), List.of("*")))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("Permission.resources: '*' is not allowed; name the resources (ARNs), never '*' "
                        + "(or use Permission.onAnyResource with a reason)");
        assertThatThrownBy(() -> Permission.onAnyResource("Describe", List.of("ec2:DescribeInstances"), " "))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("Permission.resources: '*' is not allowed");
        assertThat(Permission.onAnyResource("Describe", List.of("ec2:DescribeInstances"), "Describe calls cannot be scoped")
                .when("StringEquals", "aws:RequestedRegion", "eu-west-1").conditions()).hasSize(1);
    }

    @Test
    void namespaceAndServiceAccountComeTogether() {
        assertThatThrownBy(() -> ServiceRoleProps.builder().naming(TestStacks.NAMING)
                .oidcProviderArn("arn:aws:iam::123456789012:oidc-provider/x").oidcIssuerUrl("https://x")
                .namespace("billing").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ServiceRoleProps.serviceAccount: is missing while the other is set; "
                        + "allowed: both namespace and serviceAccount, or neither");
    }

    @Test
    void permissionsAddedLaterJoinTheOnePolicy() {
        var stack = TestStacks.aws();
        var role = new ServiceRole(stack, "Billing", ServiceRoleProps.builder().naming(TestStacks.NAMING)
                .oidcProviderArn("arn:aws:iam::123456789012:oidc-provider/x").oidcIssuerUrl("https://x")
                .namespace("billing").serviceAccount("billing").build());
        role.addPermission(Permission.allow("First", List.of("sqs:SendMessage"), List.of("arn:aws:sqs:eu-west-1:123456789012:a")));
        role.addPermission(Permission.allow("Second", List.of("sqs:ReceiveMessage"), List.of("arn:aws:sqs:eu-west-1:123456789012:a")));
        Template template = Template.synth(stack);
        assertThat(template.resources("aws_iam_role_policy")).hasSize(1);
        JsonNode permissions = template.dataSources("aws_iam_policy_document").values().stream()
                .filter(d -> d.at("/statement/0/sid").asText().equals("First")).findFirst().orElseThrow();
        assertThat(permissions.at("/statement/1/sid").asText()).isEqualTo("Second");
    }
}
