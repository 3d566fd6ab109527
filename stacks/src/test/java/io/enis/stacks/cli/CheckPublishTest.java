package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infra check --publish}'s refusals and its requests, against a local HTTP endpoint; the
 * end-to-end run against the compliance service's jar is {@code test/…/CompliancePublishIT}.
 */
class CheckPublishTest {
    private static final Map<String, String> KEY = Map.of(CheckCommand.PUBLISH_KEY, "compliance-key-0123456789");

    @TempDir
    Path temp;

    private Path document() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("stacks/billing-dev"));
        Path file = dir.resolve("cdk.tf.json");
        Files.writeString(file, "{\"terraform\": {}, \"resource\": {}}");
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aUrlThatIsNotAScanEndpointOrAMissingKeyIsBadInputNamingTheFlag() throws IOException {
        String file = document().toString();
        for (String url : List.of(
                "ftp://compliance.example/v1/compliance/audit/aud_1/scan",
                "https://compliance.example/v1/compliance/audit/aud_1",
                "https://compliance.example/v1/compliance/audit/aud_1/scan?stack=x",
                "not a url")) {
            CliRun run = CliRun.withVariables(KEY, "check", "--file", file, "--publish", url);
            assertThat(run.exitCode()).as(url).isEqualTo(2);
            assertThat(run.err()).as(url).startsWith("--publish: ").contains("is not");
        }
        CliRun noKey = CliRun.withVariables(
                Map.of(), "check", "--file", file, "--publish", "http://127.0.0.1:9/v1/compliance/audit/aud_1/scan");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).startsWith("--publish: set ENIS_COMPLIANCE_API_KEY");
    }

    @Test
    void anUnreachableServiceFailsTheRunNamingTheFlag() throws IOException {
        String url = "http://127.0.0.1:" + freePort() + "/v1/compliance/audit/aud_1/scan";
        CliRun run = CliRun.withVariables(KEY, "check", "--file", document().toString(), "--publish", url);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: --publish: " + url + " is unreachable");
    }

    @Test
    void eachDocumentIsPostedWithItsStackAndTheKeyAndARefusalIsBadInput() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean known = exchange.getRequestURI().getPath().contains("/aud_1/");
            byte[] body = (known
                            ? "{\"audit\": \"aud_1\", \"stack\": \"billing-dev\", \"sha256\": \"ab12\", \"rules\": 62, "
                                    + "\"failedRules\": 0, \"findings\": 0, \"evidence\": 62}"
                            : "{\"type\": \"https://docs.enis.cloud/problems/not-found\", \"status\": 404, "
                                    + "\"detail\": \"no audit 'aud_2'\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 201 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/compliance/audit/";
            String file = document().toString();
            CliRun ok = CliRun.withVariables(KEY, "check", "--file", file, "--publish", base + "aud_1/scan");
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(seen)
                    .containsExactly("POST /v1/compliance/audit/aud_1/scan?stack=billing-dev "
                            + "Bearer compliance-key-0123456789 {\"terraform\": {}, \"resource\": {}}");
            assertThat(ok.out())
                    .contains(
                            "published billing-dev to audit aud_1: 62 rules, 0 failing, 0 findings, 62 evidence recorded");

            CliRun json = CliRun.withVariables(
                    KEY, "check", "--file", file, "--format", "json", "--publish", base + "aud_1/scan");
            assertThat(json.out()).doesNotContain("published");
            assertThat(json.err()).contains("published billing-dev");

            CliRun refused = CliRun.withVariables(KEY, "check", "--file", file, "--publish", base + "aud_2/scan");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err())
                    .contains(
                            "error: --publish: the compliance service answered 404 for billing-dev: no audit 'aud_2'");
        } finally {
            server.stop(0);
        }
    }
}
