package io.enis.stacks.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out}, declared once for every command that writes synthesized output (a picocli mixin). */
final class OutputOption {
    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Synth output directory. Default: <repository>/cdktf.out (under cdktf-cli: its CDKTF_OUTDIR).")
    Path directory;

    /** The directory given, else {@link ProjectHome#output()}. */
    Path directory() {
        return directory != null ? directory : ProjectHome.output();
    }
}
