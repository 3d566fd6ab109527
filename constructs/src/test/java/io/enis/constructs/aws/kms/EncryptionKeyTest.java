package io.enis.constructs.aws.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncryptionKeyTest {

    @Test
    void rotatesAndHasAliasAndLeastPrivilegePolicy() {
        var stack = TestStacks.aws();
        new EncryptionKey(
                stack,
                "Logs",
                EncryptionKeyProps.builder()
                        .naming(TestStacks.NAMING)
                        .account(TestStacks.ACCOUNT)
                        .purpose("logs")
                        .servicePrincipals(List.of("logs.eu-west-1.amazonaws.com"))
                        .build());

        Template template = Template.synth(stack);

        JsonNode key = template.resource("aws_kms_key");
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(key.path("deletion_window_in_days").asInt()).isEqualTo(30);
        assertThat(key.path("policy").asText()).contains("data.aws_iam_policy_document");
        assertThat(template.resource("aws_kms_alias").path("name").asText()).isEqualTo("alias/enis-test-unit-logs");

        JsonNode statements = template.dataSources("aws_iam_policy_document")
                .values()
                .iterator()
                .next()
                .path("statement");
        List<String> actions = new ArrayList<>();
        statements.forEach(s -> s.path("actions").forEach(a -> actions.add(a.asText())));
        assertThat(actions).doesNotContain("kms:*", "*").contains("kms:Decrypt");
        JsonNode serviceStatement = statements.get(1);
        assertThat(serviceStatement
                        .path("principals")
                        .get(0)
                        .path("identifiers")
                        .get(0)
                        .asText())
                .isEqualTo("logs.eu-west-1.amazonaws.com");
        assertThat(serviceStatement
                        .path("condition")
                        .get(0)
                        .path("values")
                        .get(0)
                        .asText())
                .isEqualTo("123456789012");
    }

    @Test
    void rejectsDeletionWindowOutsideAwsLimits() {
        assertThatThrownBy(() -> EncryptionKeyProps.builder()
                        .naming(TestStacks.NAMING)
                        .account(TestStacks.ACCOUNT)
                        .purpose("data")
                        .deletionWindowDays(3)
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("EncryptionKeyProps.deletionWindowDays: is 3; allowed: 7..30");
    }
}
