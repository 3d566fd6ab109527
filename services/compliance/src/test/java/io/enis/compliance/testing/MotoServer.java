package io.enis.compliance.testing;

import io.enis.compliance.evidence.S3Bucket;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * moto's S3-compatible server ({@code moto[server]} from PyPI, version {@code moto.version} of the root pom),
 * started on a free port of 127.0.0.1 for one test class. {@code moto_server} is looked up in
 * {@code $ENIS_MOTO_SERVER}, in {@code test/tools/.moto-venv/bin} of the repository ({@code .ci/run} installs it
 * there) and on {@code PATH}. Without it the tests are skipped with one line on stderr, unless
 * {@code ENIS_REQUIRE_S3=1} (CI), where they fail. The SDK's default credential chain is given a dummy key
 * through the {@code aws.accessKeyId} / {@code aws.secretAccessKey} system properties (moto accepts any).
 */
public final class MotoServer implements AutoCloseable {
    public static final String REGION = "us-east-1";
    private static final String INSTALL = "python3 -m venv test/tools/.moto-venv && "
            + "test/tools/.moto-venv/bin/pip install 'moto[server]==<moto.version of the root pom>'";
    private final Process process;
    private final int port;

    private MotoServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts moto, or skips the calling test (fails with ENIS_REQUIRE_S3=1) when it is not installed. */
    public static MotoServer startOrSkip() throws IOException, InterruptedException {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            if ("1".equals(System.getenv("ENIS_REQUIRE_S3"))) {
                throw new IllegalStateException("ENIS_REQUIRE_S3=1 but moto_server is not installed; run: " + INSTALL);
            }
            TestStores.saySkippedOnce(
                    "moto", "S3 evidence store variants not run: no moto_server (" + INSTALL + "; .ci/run does)");
            Assumptions.abort("moto_server is not installed");
        }
        System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "test"));
        System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "test"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(binary.get().toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + p.exitValue() + " before listening");
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new MotoServer(p, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("moto_server did not listen on 127.0.0.1:" + port + " within 60 s");
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A new bucket, with Object Lock enabled unless {@code objectLock} is false. */
    public S3Bucket bucket(boolean objectLock) {
        S3Bucket bucket = new S3Bucket(
                "evidence-" + UUID.randomUUID().toString().substring(0, 8),
                Optional.of(REGION),
                Optional.of(endpoint()));
        try (S3Client s3 = bucket.client()) {
            s3.createBucket(b -> b.bucket(bucket.name()).objectLockEnabledForBucket(objectLock));
        }
        return bucket;
    }

    /** The service settings that put its evidence in {@code bucket} on this server. */
    public Map<String, String> settings(S3Bucket bucket, int retentionDays) {
        return Map.of(
                "EVIDENCE_BUCKET", bucket.name(),
                "AWS_REGION", REGION,
                "EVIDENCE_S3_ENDPOINT", endpoint().toString(),
                "EVIDENCE_RETENTION_DAYS", String.valueOf(retentionDays));
    }

    private static Optional<Path> binary() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("ENIS_MOTO_SERVER")).map(Path::of).ifPresent(candidates::add);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("test/tools/.moto-venv/bin/moto_server"));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir, "moto_server"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
