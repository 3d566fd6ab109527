package io.enis.constructs.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.TestStacks;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerRegistryTest {

    @Test
    void immutableScannedEncryptedRepositoryPerService() throws Exception {
        var stack = TestStacks.aws();
        new ContainerRegistry(
                stack,
                "Registry",
                ContainerRegistryProps.builder()
                        .naming(TestStacks.NAMING)
                        .repositories(List.of("billing", "cloud-bus"))
                        .key(TestStacks.key(stack, "data"))
                        .keepImages(20)
                        .build());
        Template template = Template.synth(stack);

        var repositories = template.resources("aws_ecr_repository").values();
        assertThat(repositories).hasSize(2);
        assertThat(repositories)
                .extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("enis-test-billing", "enis-test-cloud-bus");
        assertThat(repositories).allSatisfy(r -> {
            assertThat(r.path("image_tag_mutability").asText()).isEqualTo("IMMUTABLE");
            assertThat(r.at("/image_scanning_configuration/scan_on_push").asBoolean())
                    .isTrue();
            assertThat(r.at("/encryption_configuration/0/encryption_type").asText())
                    .isEqualTo("KMS");
        });
        JsonNode policy = new ObjectMapper()
                .readTree(template.resources("aws_ecr_lifecycle_policy")
                        .values()
                        .iterator()
                        .next()
                        .path("policy")
                        .asText());
        assertThat(policy.at("/rules/1/selection/countNumber").asInt()).isEqualTo(20);
        assertThat(policy.at("/rules/0/selection/tagStatus").asText()).isEqualTo("untagged");
    }
}
