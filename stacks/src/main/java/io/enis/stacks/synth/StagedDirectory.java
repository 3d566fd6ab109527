package io.enis.stacks.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A temporary directory beside a target directory: output is written into it and then swapped in
 * with renames, so the target holds either the previous complete output or the new one, never a
 * half-written mix. {@link #close()} removes what was not published.
 */
final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;

    StagedDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.target.getParent());
            this.staging =
                    Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + "-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging directory beside " + this.target, e);
        }
    }

    /** Where to write. */
    Path path() {
        return staging;
    }

    /** Replaces the target with the staged content. */
    void publish() {
        Path previous = target.resolveSibling("." + target.getFileName() + "-previous-"
                + ProcessHandle.current().pid());
        try {
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(previous)) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            Directories.deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target, e);
        }
    }

    @Override
    public void close() {
        Directories.deleteRecursively(staging);
    }
}
