package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.evidence.S3Bucket;
import io.enis.compliance.testing.MotoServer;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/** Evidence files over HTTP with {@code EVIDENCE_BUCKET} set: kept in S3 (moto) under Object Lock, retention reported. */
class EvidenceS3ApiTest {
    private static MotoServer moto;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.startOrSkip();
    }

    @AfterAll
    static void stop() throws Exception {
        if (moto != null) {
            moto.close();
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void anUploadIsKeptInTheBucketLockedForTheRetentionAndReportsIt(TestStores.Store store) throws Exception {
        S3Bucket bucket = moto.bucket(true);
        try (var fx = new ComplianceFixture(store, dataDir, moto.settings(bucket, 90));
                S3Client s3 = bucket.client()) {
            String audit =
                    AuditApiTest.create(fx, "{\"name\": \"a\", \"scope\": \"b\", \"frameworks\": [\"ISO27001\"]}");
            byte[] file = "restore test 2025-01-20".getBytes(StandardCharsets.UTF_8);
            String sha = Sha256.hex(file);
            String files =
                    "/v1/compliance/audit/" + audit + "/evidence/files?title=restore&controls=ISO27001:A.8.13&sha256=";
            long before = AuditApiTest.logSize(fx);

            expect(400, fx.admin.sendBytes("POST", files + "0".repeat(64), file, "text/plain", Map.of()));
            assertThat(s3.listObjectVersions(b -> b.bucket(bucket.name())).versions())
                    .as("a refused upload writes nothing to the bucket")
                    .isEmpty();
            assertThat(AuditApiTest.logSize(fx)).isEqualTo(before);

            var created = expect(201, fx.admin.sendBytes("POST", files + sha, file, "text/plain", Map.of()))
                    .json();
            String retainUntil =
                    ComplianceFixture.START.plus(Duration.ofDays(90)).toString();
            assertThat(created.get("retainUntil").asText()).isEqualTo(retainUntil);
            var head = s3.headObject(b -> b.bucket(bucket.name()).key("evidence/" + sha.substring(0, 2) + "/" + sha));
            assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
            assertThat(head.objectLockRetainUntilDate().toString()).isEqualTo(retainUntil);

            String id = created.get("id").asText();
            var shown = expect(200, fx.admin.get("/v1/compliance/audit/" + audit + "/evidence/" + id))
                    .json();
            assertThat(shown.get("retainUntil").asText()).isEqualTo(retainUntil);
            var content = expect(200, fx.admin.get("/v1/compliance/audit/" + audit + "/evidence/" + id + "/content"));
            assertThat(content.body()).isEqualTo(new String(file, StandardCharsets.UTF_8));
            assertThat(Files.exists(dataDir.resolve("evidence")))
                    .as("nothing on local disk")
                    .isFalse();
            expect(200, fx.admin.get("/health/ready"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void whenS3IsDownAnUploadIs503WithRetryAfterAndNothingIsRecorded(TestStores.Store store) throws Exception {
        MotoServer down = MotoServer.startOrSkip();
        S3Bucket bucket = down.bucket(true);
        try (var fx = new ComplianceFixture(store, dataDir, down.settings(bucket, 30))) {
            String audit =
                    AuditApiTest.create(fx, "{\"name\": \"a\", \"scope\": \"b\", \"frameworks\": [\"ISO27001\"]}");
            long before = AuditApiTest.logSize(fx);
            down.close();
            byte[] file = "restore test".getBytes(StandardCharsets.UTF_8);

            var refused = expect(
                    503,
                    fx.admin.sendBytes(
                            "POST",
                            "/v1/compliance/audit/" + audit + "/evidence/files?title=t&controls=ISO27001:A.8.13&sha256="
                                    + Sha256.hex(file),
                            file,
                            "text/plain",
                            Map.of()));
            assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(AuditApiTest.logSize(fx)).isEqualTo(before);
            assertThat(fx.admin
                            .get("/v1/compliance/audit/" + audit + "/evidence")
                            .json()
                            .get("evidence"))
                    .isEmpty();
            expect(503, fx.admin.get("/health/ready"));
        } finally {
            down.close();
        }
    }
}
