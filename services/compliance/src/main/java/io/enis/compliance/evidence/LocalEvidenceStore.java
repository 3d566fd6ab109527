package io.enis.compliance.evidence;

import io.enis.kit.domain.UnavailableException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Evidence files under a directory ({@code EVIDENCE_DIR}, default {@code DATA_DIR/evidence}), at
 * {@code <first two hex digits>/<sha256>}, written to a temporary file and moved into place, then made
 * read-only. It enforces no retention: anyone with access to the directory can delete files, which
 * verification of the hashes would then report.
 */
public final class LocalEvidenceStore implements EvidenceStore {
    private static final String SCHEME = "file:";
    private final Path root;

    public LocalEvidenceStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public Stored put(String sha256, byte[] content) {
        Path target = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().setReadOnly();
            }
        } catch (IOException e) {
            throw new UnavailableException(
                    "evidence store", "cannot write " + target + ": " + e.getMessage(), Duration.ofSeconds(5), e);
        }
        return new Stored(SCHEME + sha256.substring(0, 2) + "/" + sha256, null);
    }

    @Override
    public byte[] get(String location) {
        if (!location.startsWith(SCHEME)) {
            throw new IllegalArgumentException("not a location of this store: " + location);
        }
        Path file = root.resolve(location.substring(SCHEME.length())).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the store: " + location);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnavailableException(
                    "evidence store", "cannot read " + file + ": " + e.getMessage(), Duration.ofSeconds(5), e);
        }
    }

    @Override
    public String describe() {
        return "local directory " + root;
    }

    @Override
    public void check() throws IOException {
        Files.createDirectories(root);
        if (!Files.isWritable(root)) {
            throw new IOException(root + " is not writable");
        }
    }
}
