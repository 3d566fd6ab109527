package com.example.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example as a consumer would and checks what the ENIS defaults gave it. */
class ExampleStackTest {
    @TempDir
    Path out;

    @Test
    void synthesizesASecureStackFromTheLibrary() throws Exception {
        Main.main(new String[] {out.toString()});
        JsonNode stack = new ObjectMapper().readTree(out.resolve("stacks/orders-dev/cdk.tf.json").toFile());
        JsonNode resources = stack.path("resource");
        assertThat(resources.path("aws_s3_bucket").size()).isEqualTo(2);
        assertThat(resources.path("aws_s3_bucket_public_access_block").size()).isEqualTo(2);
        JsonNode db = resources.path("aws_db_instance").elements().next();
        assertThat(db.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(db.path("publicly_accessible").asBoolean()).isFalse();
        assertThat(db.path("deletion_protection").asBoolean()).isTrue();
        JsonNode pod = resources.path("kubernetes_deployment_v1").elements().next().at("/spec/template/spec");
        assertThat(pod.at("/container/0/security_context/read_only_root_filesystem").asBoolean()).isTrue();
        assertThat(resources.path("kubernetes_network_policy_v1").size()).isEqualTo(2);
    }
}
