package io.enis.stacks.cli;

import io.enis.stacks.synth.SynthReport;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a {@link SynthReport} as a table: stack, resources, output path, time. */
final class SynthTable {
    private SynthTable() {}

    static void print(SynthReport report, Path base, PrintWriter out) {
        out.printf("%-24s %9s  %-52s %8s%n", "STACK", "RESOURCES", "OUTPUT", "TIME");
        for (var stack : report.stacks()) {
            out.printf(
                    "%-24s %9d  %-52s %6dms%n",
                    stack.id(),
                    stack.resources(),
                    relative(base, stack.file()),
                    stack.constructTime().toMillis());
        }
        out.printf(
                "%d stack(s), %d resources; constructs %dms, synth %dms%n",
                report.stacks().size(),
                report.totalResources(),
                report.constructTime().toMillis(),
                report.synthTime().toMillis());
        out.flush();
    }

    private static String relative(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        return absoluteFile.startsWith(absoluteBase)
                ? absoluteBase.relativize(absoluteFile).toString()
                : absoluteFile.toString();
    }
}
