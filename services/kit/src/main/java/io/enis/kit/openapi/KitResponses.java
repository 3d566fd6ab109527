package io.enis.kit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Documents on every operation of a service's OpenAPI document the responses the kit itself gives, so
 * a service's document cannot forget them and no one keeps them equal by hand. A status the operation
 * already documents is left as written. The responses are the problem+json ones of {@code kit.json}:
 *
 * <ul>
 *   <li>with a {@code security} requirement: 401 {@code Unauthorized} and 403 {@code Forbidden}
 *       (the authenticator), 429 {@code TooManyRequests} (the rate limiter);
 *   <li>with parameters or a request body: 400 {@code Invalid} (Jetty refuses a path whose
 *       percent-encoded bytes are not UTF-8 or a malformed header before any route runs);
 *   <li>with a request body: 413 {@code TooLarge} ({@code MAX_REQUEST_BYTES});
 *   <li>with an {@code Idempotency-Key} header parameter: 409 {@code IdempotencyConflict} and 422
 *       {@code IdempotencyKeyReused} (the idempotency helper);
 *   <li>every operation: 503 {@code Unavailable} (a request arriving while the service drains).
 * </ul>
 */
final class KitResponses {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String SHARED = "#/components/parameters/";

    private KitResponses() {}

    /** Adds the kit's responses to every operation of {@code document}. */
    static void addTo(JsonNode document) {
        JsonNode parameters = document.path("components").path("parameters");
        document.path("paths").fields().forEachRemaining(path -> {
            boolean pathParameters = path.getValue().path("parameters").size() > 0;
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    addTo((ObjectNode) op.getValue(), pathParameters, parameters);
                }
            });
        });
    }

    private static void addTo(ObjectNode operation, boolean pathParameters, JsonNode sharedParameters) {
        Map<String, String> add = new LinkedHashMap<>();
        boolean body = operation.has("requestBody");
        if (pathParameters || operation.path("parameters").size() > 0 || body) {
            add.put("400", "Invalid");
        }
        if (operation.path("security").size() > 0) {
            add.put("401", "Unauthorized");
            add.put("403", "Forbidden");
            add.put("429", "TooManyRequests");
        }
        if (body) {
            add.put("413", "TooLarge");
        }
        if (hasIdempotencyKey(operation, sharedParameters)) {
            add.put("409", "IdempotencyConflict");
            add.put("422", "IdempotencyKeyReused");
        }
        add.put("503", "Unavailable");
        ObjectNode responses = operation.withObjectProperty("responses");
        add.forEach((status, component) -> {
            if (!responses.has(status)) {
                responses.putObject(status).put("$ref", "#/components/responses/" + component);
            }
        });
    }

    private static boolean hasIdempotencyKey(JsonNode operation, JsonNode sharedParameters) {
        for (JsonNode listed : operation.path("parameters")) {
            String ref = listed.path("$ref").asText();
            JsonNode parameter =
                    ref.startsWith(SHARED) ? sharedParameters.path(ref.substring(SHARED.length())) : listed;
            if (parameter.path("in").asText().equals("header")
                    && parameter.path("name").asText().equalsIgnoreCase("Idempotency-Key")) {
                return true;
            }
        }
        return false;
    }
}
