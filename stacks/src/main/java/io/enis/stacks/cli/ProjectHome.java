package io.enis.stacks.cli;

import java.nio.file.Path;

/**
 * The repository root the CLI works in: {@code $ENIS_HOME} (set by the {@code ./infra} launcher),
 * else the current directory. Default paths ({@code environments/}, {@code cdktf.out/}) hang off it.
 */
final class ProjectHome {
    private ProjectHome() {
    }

    static Path path() {
        String home = System.getenv("ENIS_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }

    /** {@code <home>/environments}. */
    static Path environments() {
        return path().resolve("environments");
    }

    /** {@code $CDKTF_OUTDIR} when cdktf-cli runs us, else {@code <home>/cdktf.out}. */
    static Path output() {
        String cdktfOut = System.getenv("CDKTF_OUTDIR");
        return cdktfOut == null || cdktfOut.isBlank() ? path().resolve("cdktf.out") : Path.of(cdktfOut);
    }
}
