package io.enis.compliance;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A started compliance service on a store and a controllable clock, with an admin client. */
public final class ComplianceFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2025-01-21T10:00:00Z");
    public final MutableClock clock = new MutableClock(START);
    public final ComplianceService definition = new ComplianceService();
    public final RunningService service;
    public final TestClient admin;

    public ComplianceFixture(TestStores.Store store, Path dataDir) throws Exception {
        this(store, dataDir, Map.of());
    }

    public ComplianceFixture(TestStores.Store store, Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        env.putAll(overrides);
        service = KitServer.start(definition, env, clock);
        admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
    }

    public static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    /** A client whose key carries only {@code scopes}. */
    public TestClient withScopes(String... scopes) {
        var r = admin.post(
                "/v1/admin/keys", "{\"name\": \"limited\", \"scopes\": [\"" + String.join("\", \"", scopes) + "\"]}");
        if (r.status() != 201) {
            throw new AssertionError("key not created: " + r);
        }
        return admin.as(r.json().get("key").asText());
    }

    /** {@code response} when it has {@code status}; fails showing it otherwise. */
    public static TestClient.Response expect(int status, TestClient.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + ", got " + response);
        }
        return response;
    }

    public io.enis.compliance.auditlog.AuditLog auditLog() {
        return definition.auditLog();
    }

    public org.jdbi.v3.core.Jdbi jdbi() {
        return definition.jdbi();
    }

    @Override
    public void close() {
        service.stop();
    }
}
