package io.enis.kit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served document: the service's own, the kit's, and the responses the kit gives on every operation. */
class OpenApiDocumentTest {
    private static JsonNode served() throws IOException {
        return Json.MAPPER.readTree(OpenApiDocument.load("echo", "1.2.3", Set.of("echo:write", "echo:read"))
                .json());
    }

    private static List<String> statuses(JsonNode doc, String path, String method) {
        List<String> out = new ArrayList<>();
        doc.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyOperationDocumentsTheResponsesTheKitGives() throws IOException {
        JsonNode doc = served();
        assertThat(statuses(doc, "/v1/echo", "get"))
                .as("scoped, no input")
                .containsExactlyInAnyOrder("200", "401", "403", "429", "503");
        assertThat(statuses(doc, "/v1/echo", "post"))
                .as("scoped, a body and an Idempotency-Key (a shared parameter)")
                .containsExactlyInAnyOrder("201", "400", "401", "403", "409", "413", "422", "429", "503");
        assertThat(statuses(doc, "/v1/admin/keys/{keyId}", "delete"))
                .as("a path parameter")
                .contains("400", "404", "503");
        assertThat(statuses(doc, "/health/live", "get")).as("public").containsExactlyInAnyOrder("200", "503");
        assertThat(doc.at("/paths/~1v1~1echo/post/responses/413/$ref").asText())
                .isEqualTo("#/components/responses/TooLarge");
    }

    @Test
    void aStatusTheDocumentAlreadyHasIsKeptAsWritten() throws IOException {
        JsonNode doc = served();
        assertThat(doc.at("/paths/~1v1~1echo/post/responses/400/description").asText())
                .isEqualTo("the text is not 1 to 20 characters");
        assertThat(doc.at("/paths/~1health~1ready/get/responses/503/content").has("application/json"))
                .isTrue();
        assertThat(doc.at("/info/version").asText()).isEqualTo("1.2.3");
    }

    @Test
    void theScopesAKeyCanCarryAreListed() throws IOException {
        JsonNode scope = served().at("/components/schemas/Scope/enum");
        assertThat(scope).extracting(JsonNode::asText).containsExactly("echo:read", "echo:write");
    }

    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode doc = served();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        assertThat(refs)
                .allSatisfy(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode())
                        .as(ref)
                        .isFalse());
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.has("$ref")) {
            into.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, into));
    }
}
