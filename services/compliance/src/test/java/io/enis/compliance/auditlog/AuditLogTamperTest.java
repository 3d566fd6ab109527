package io.enis.compliance.auditlog;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.ComplianceFixture;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit log's hash chain and digests against rows changed behind the service's back, directly in
 * the embedded store and in PostgreSQL: verification names the first entry at fault.
 */
class AuditLogTamperTest {
    @TempDir
    Path dataDir;

    private static void appendFive(ComplianceFixture fx) {
        fx.jdbi().useTransaction(h -> {
            for (int i = 1; i <= 5; i++) {
                fx.auditLog()
                        .append(
                                h,
                                new Actor("key_" + i, "tester"),
                                "test.changed",
                                "thing/" + i,
                                i == 1 ? null : Map.of("n", i - 1),
                                Map.of("n", i));
                fx.clock.advance(java.time.Duration.ofSeconds(1));
            }
        });
    }

    private static JsonNode verify(ComplianceFixture fx) {
        return expect(200, fx.admin.get("/v1/compliance/audit-log/verify")).json();
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void anUntouchedLogVerifiesAndItsDigestChecksWithThePublishedKey(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            var digest = expect(201, fx.admin.post("/v1/compliance/audit-log/digests", ""))
                    .json();
            assertThat(digest.get("fromSeq").asLong()).isEqualTo(1);
            assertThat(digest.get("toSeq").asLong()).isEqualTo(5);
            expect(204, fx.admin.post("/v1/compliance/audit-log/digests", ""));
            var result = verify(fx);
            assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
            assertThat(result.get("entries").asLong()).isEqualTo(5);
            assertThat(result.get("digestsVerified").asInt()).isEqualTo(1);
            assertThat(result.get("firstBroken").isNull()).isTrue();

            var key = expect(200, fx.admin.get("/v1/compliance/audit-log/public-key"))
                    .json();
            assertThat(key.get("ephemeral").asBoolean()).isTrue();
            var publicKey = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(
                            Base64.getDecoder().decode(key.get("publicKey").asText())));
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(publicKey);
            check.update(digest.get("payload").asText().getBytes(StandardCharsets.UTF_8));
            assertThat(check.verify(
                            Base64.getDecoder().decode(digest.get("signature").asText())))
                    .as("the digest verifies with the published key alone")
                    .isTrue();

            var entries = expect(200, fx.admin.get("/v1/compliance/audit-log?after=3&limit=1"))
                    .json()
                    .get("entries");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("seq").asLong()).isEqualTo(4);
            assertThat(entries.get(0).get("after").get("n").asInt()).isEqualTo(4);
            assertThat(entries.get(0).get("actor").get("id").asText()).isEqualTo("key_4");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void concurrentWritersGetConsecutiveEntriesThatChain(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            int writers = 4;
            int each = 25;
            var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            try {
                var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            int n = i;
                            fx.jdbi()
                                    .useTransaction(h -> fx.auditLog()
                                            .append(
                                                    h,
                                                    new Actor("key_" + writer, "writer"),
                                                    "test.changed",
                                                    "thing/" + writer,
                                                    null,
                                                    Map.of("n", n)));
                        }
                    }));
                }
                for (var f : done) {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            var result = verify(fx);
            assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
            assertThat(result.get("entries").asLong()).isEqualTo(writers * each);
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void anEditedEntryIsNamed(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            fx.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET after_json = '{\"n\":300}' WHERE seq = 3"));
            assertBroken(verify(fx), 3, "edited");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aDeletedEntryIsNamed(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            fx.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 2"));
            assertBroken(verify(fx), 2, "missing");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void reorderedEntriesAreNamed(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            fx.jdbi().useTransaction(h -> {
                h.execute("UPDATE audit_log SET seq = -1 WHERE seq = 2");
                h.execute("UPDATE audit_log SET seq = 2 WHERE seq = 4");
                h.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1");
            });
            assertBroken(verify(fx), 2, "out-of-order");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aLogRewrittenWithFreshHashesDisagreesWithItsSignedDigest(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            expect(201, fx.admin.post("/v1/compliance/audit-log/digests", ""));
            rewriteFrom(fx.jdbi(), 2, "{\"n\":\"forged\"}");
            assertBroken(verify(fx), 5, "digest-mismatch");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void cuttingTheTailAndTheHeadIsCaughtByTheDigest(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            expect(201, fx.admin.post("/v1/compliance/audit-log/digests", ""));
            fx.jdbi().useTransaction(h -> {
                h.execute("DELETE FROM audit_log WHERE seq > 3");
                h.execute(
                        "UPDATE audit_log_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3) WHERE id = 1");
            });
            assertBroken(verify(fx), 4, "truncated");
            fx.jdbi().useHandle(h -> h.execute("UPDATE audit_log_head SET seq = 5 WHERE id = 1"));
            assertBroken(verify(fx), 4, "truncated");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aForgedDigestSignatureIsNamed(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            appendFive(fx);
            expect(201, fx.admin.post("/v1/compliance/audit-log/digests", ""));
            String other = Base64.getEncoder().encodeToString(new byte[64]);
            fx.jdbi()
                    .useHandle(h -> h.createUpdate("UPDATE audit_log_digests SET signature = :s")
                            .bind("s", other)
                            .execute());
            assertBroken(verify(fx), 5, "digest-mismatch");
        }
    }

    /** Changes entry {@code seq}'s after-state and recomputes every hash from there, and the head: a careful forger. */
    private static void rewriteFrom(Jdbi jdbi, long seq, String after) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE audit_log SET after_json = :a WHERE seq = :s")
                    .bind("a", after)
                    .bind("s", seq)
                    .execute();
            var rows = h.createQuery("SELECT * FROM audit_log WHERE seq >= :s ORDER BY seq")
                    .bind("s", seq)
                    .map((rs, ctx) -> new AuditEntry(
                            rs.getLong("seq"),
                            rs.getLong("at_ms"),
                            rs.getString("actor_id"),
                            rs.getString("actor_name"),
                            rs.getString("action"),
                            rs.getString("subject"),
                            rs.getString("before_json"),
                            rs.getString("after_json"),
                            rs.getString("prev_hash"),
                            rs.getString("hash")))
                    .list();
            String previous = h.createQuery("SELECT hash FROM audit_log WHERE seq = :s")
                    .bind("s", seq - 1)
                    .mapTo(String.class)
                    .one();
            for (AuditEntry e : rows) {
                var forged = new AuditEntry(
                        e.seq(),
                        e.atMs(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.subject(),
                        e.before(),
                        e.after(),
                        previous,
                        null);
                previous = forged.computeHash();
                h.createUpdate("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :s")
                        .bind("p", forged.prevHash())
                        .bind("h", previous)
                        .bind("s", e.seq())
                        .execute();
            }
            h.createUpdate("UPDATE audit_log_head SET hash = :h WHERE id = 1")
                    .bind("h", previous)
                    .execute();
        });
    }

    private static void assertBroken(JsonNode result, long seq, String problem) {
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("firstBroken").get("seq").asLong())
                .as(result.toString())
                .isEqualTo(seq);
        assertThat(result.get("firstBroken").get("problem").asText())
                .as(result.toString())
                .isEqualTo(problem);
        assertThat(result.get("firstBroken").get("detail").asText()).contains(String.valueOf(seq));
    }
}
