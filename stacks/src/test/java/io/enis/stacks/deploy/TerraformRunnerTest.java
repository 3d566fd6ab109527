package io.enis.stacks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TerraformRunnerTest {

    @Test
    void providerInstallFailuresNameTheProviders() {
        String output = """
                Initializing provider plugins...
                - Finding hashicorp/aws versions matching "5.23.1"...
                Error: Failed to query available provider packages

                Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to
                registry.terraform.io: failed to request discovery document
                Error: Failed to install provider registry.terraform.io/hashicorp/aws
                Error: Failed to install provider registry.terraform.io/hashicorp/kubernetes
                """;
        DeployException e = TerraformRunner.diagnoseInit("billing-dev", 1, output);
        assertThat(e.missingPrerequisite()).isTrue();
        assertThat(e.getMessage())
                .isEqualTo("billing-dev: terraform init could not install the providers "
                        + "[registry.terraform.io/hashicorp/aws, registry.terraform.io/hashicorp/kubernetes] (no access to registry.terraform.io?); "
                        + "allow it, or configure a provider mirror with TF_CLI_CONFIG_FILE");
    }

    @Test
    void backendFailuresSayWhatToCheck() {
        DeployException e = TerraformRunner.diagnoseInit(
                "platform-dev",
                1,
                "Initializing the backend...\nError: validating provider credentials: retrieving caller identity from STS: no such host\n");
        assertThat(e.missingPrerequisite()).isTrue();
        assertThat(e.getMessage())
                .startsWith("platform-dev: the S3 state backend could not be reached: validating provider credentials");
    }

    @Test
    void otherFailuresAreFailures() {
        DeployException e = TerraformRunner.diagnoseInit("platform-dev", 1, "Error: Invalid JSON\n");
        assertThat(e.missingPrerequisite()).isFalse();
        assertThat(e.getMessage()).isEqualTo("platform-dev: terraform init failed (exit 1)");
    }

    @Test
    void planSummaryCountsActions() throws Exception {
        var plan = new ObjectMapper().readTree("""
                {"resource_changes":[
                  {"address":"aws_vpc.v","change":{"actions":["create"]}},
                  {"address":"aws_subnet.s","change":{"actions":["update"]}},
                  {"address":"aws_db_instance.d","change":{"actions":["delete","create"]}},
                  {"address":"aws_eip.e","change":{"actions":["delete"]}},
                  {"address":"aws_kms_key.k","change":{"actions":["no-op"]}}]}
                """);
        PlanSummary summary = PlanSummary.of("platform-dev", plan);
        assertThat(summary.line()).isEqualTo("platform-dev: 1 to create, 1 to update, 1 to replace, 1 to destroy");
        assertThat(summary.markdown()).contains("**1 to destroy**", "- `replace aws_db_instance.d`");
        assertThat(summary.empty()).isFalse();
        assertThat(PlanSummary.of("x", new ObjectMapper().readTree("{}")).empty())
                .isTrue();
    }
}
