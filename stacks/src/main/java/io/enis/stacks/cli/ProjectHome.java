package io.enis.stacks.cli;

import java.nio.file.Path;

/**
 * The repository root the CLI works in: {@code $ENIS_HOME} (set by the {@code ./infra} launcher),
 * else the current directory. Default paths ({@code environments/}, {@code cdktf.out/}) hang off it.
 */
final class ProjectHome {
    private ProjectHome() {}

    static Path path() {
        String home = System.getenv("ENIS_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }

    /** {@code <home>/environments}. */
    static Path environments() {
        return path().resolve("environments");
    }

    /**
     * {@code $ENIS_DEFAULT_OUT} (the launcher sets it from cdktf-cli's {@code CDKTF_OUTDIR}), else
     * {@code <home>/cdktf.out}.
     */
    static Path output() {
        String out = System.getenv("ENIS_DEFAULT_OUT");
        return out == null || out.isBlank() ? path().resolve("cdktf.out") : Path.of(out);
    }
}
