package io.enis.compliance.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.testing.MotoServer;
import io.enis.kit.domain.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 evidence store against moto's S3-compatible server: locked versions, checksums, retention read back. */
class S3EvidenceStoreTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String VERSION = "?versionId=";
    private static MotoServer moto;
    private static S3Bucket bucket;
    private static S3Client s3;
    private static S3EvidenceStore store;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.startOrSkip();
        bucket = moto.bucket(true);
        s3 = bucket.client();
        store = new S3EvidenceStore(s3, bucket.name(), Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    private static String key(String sha) {
        return "evidence/" + sha.substring(0, 2) + "/" + sha;
    }

    @Test
    void aFileIsWrittenLockedInComplianceModeWithItsChecksumAndReadBackByVersion() {
        byte[] file = "access review Q1: 41 accounts, 3 removed".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(file);

        EvidenceStore.Stored stored = store.put(sha, file);

        assertThat(stored.location()).startsWith("s3://" + bucket.name() + "/" + key(sha) + VERSION);
        assertThat(stored.retainUntilMs())
                .isEqualTo(NOW.plus(Duration.ofDays(30)).toEpochMilli());
        var head = s3.headObject(b -> b.bucket(bucket.name()).key(key(sha)).checksumMode(ChecksumMode.ENABLED));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(head.checksumSHA256())
                .isEqualTo(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)));
        assertThat(store.get(stored.location())).isEqualTo(file);
    }

    @Test
    void aLockedVersionCannotBeDeleted() {
        byte[] file = "pen test report".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(file);
        String location = store.put(sha, file).location();
        String version = location.substring(location.indexOf(VERSION) + VERSION.length());

        assertThatThrownBy(() -> s3.deleteObject(
                        b -> b.bucket(bucket.name()).key(key(sha)).versionId(version)))
                .isInstanceOf(S3Exception.class);
        assertThat(store.get(location)).isEqualTo(file);
    }

    @Test
    void readinessRequiresObjectLockOnTheBucket() {
        store.check();
        S3Bucket unlocked = moto.bucket(false);
        var plain = new S3EvidenceStore(s3, unlocked.name(), Duration.ofDays(1), Clock.systemUTC());
        assertThatThrownBy(plain::check).hasMessageContaining("Object Lock");
        var missing = new S3EvidenceStore(s3, "no-such-bucket", Duration.ofDays(1), Clock.systemUTC());
        assertThatThrownBy(missing::check).isInstanceOf(UnavailableException.class);
    }
}
