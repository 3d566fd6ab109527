package io.enis.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.app.RunningService;
import java.util.Set;
import java.util.TreeSet;

/** The routes a service serves and the operations its OpenAPI document lists must be the same set. */
public final class OpenApiContract {
    private OpenApiContract() {}

    /** Fails listing the routes missing from the document and the operations without a route. */
    public static void assertMatches(RunningService service) {
        Set<String> routes = new TreeSet<>();
        service.routes()
                .forEach(r ->
                        routes.add(r.method().name() + " " + r.path() + " " + (r.scope() == null ? "-" : r.scope())));
        Set<String> documented = service.openApi().operations();
        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(routes);
        assertThat(undocumented)
                .as("routes missing from openapi.json (method path scope)")
                .isEmpty();
        assertThat(unserved)
                .as("operations in openapi.json that no route serves")
                .isEmpty();
    }
}
