package io.enis.stacks.release;

import io.enis.policy.Finding;
import io.enis.stacks.check.PolicyGate;
import io.enis.stacks.diff.EnvironmentDiff;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.synth.Directories;
import io.enis.stacks.synth.StackCatalog;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves release versions into an environment file, safely: the changed file is validated,
 * synthesized and policy-checked in a scratch copy first; the file is written (atomically, with
 * its comments and layout kept) and the release recorded only when all of that passed.
 */
public final class ReleaseManager {
    private static final DateTimeFormatter RELEASE_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final EnvironmentLoader loader;
    private final Clock clock;

    /** @param clock dates the releases (their ids and {@code at}) and judges policy suppression expiry */
    public ReleaseManager(EnvironmentLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * What a release does or would do.
     *
     * @param changes service → {@code old -> new} version
     * @param differences the synthesized diff of the environment before and after
     * @param failing policy findings that refuse the release
     * @param written true when the environment file was changed and the release recorded
     * @param release the recorded release id, or {@code null}
     */
    public record Outcome(
            Map<String, String> changes,
            List<EnvironmentDiff.Difference> differences,
            List<Finding> failing,
            boolean written,
            String release) {}

    /**
     * Sets {@code versions} in environment {@code target}.
     *
     * @param source recorded as where the versions came from ({@code staging}, {@code rollback:<id>})
     * @param dryRun check and show only; never write
     * @throws IllegalArgumentException when a service is not in the target file
     */
    public Outcome release(String target, Map<String, String> versions, String source, boolean dryRun)
            throws IOException {
        Path file = loader.directory().resolve(target + ".yaml");
        Environment before = loader.load(target);
        String text = Files.readString(file);
        Map<String, String> current = VersionEdit.versions(text);
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> edits = new LinkedHashMap<>();
        versions.forEach((service, version) -> {
            if (!current.containsKey(service)) {
                throw new IllegalArgumentException(
                        "service '" + service + "' has no version in " + file + "; known: " + current.keySet());
            }
            if (!current.get(service).equals(version)) {
                changes.put(service, current.get(service) + " -> " + version);
                edits.put(service, version);
            }
        });
        if (edits.isEmpty()) {
            return new Outcome(changes, List.of(), List.of(), false, null);
        }
        String edited = VersionEdit.apply(text, edits);
        Path scratch = Files.createTempDirectory("enis-release-");
        try {
            Path environments = scratch.resolve("environments");
            Files.createDirectories(environments);
            for (String name : loader.names()) {
                Files.copy(loader.directory().resolve(name + ".yaml"), environments.resolve(name + ".yaml"));
            }
            Files.writeString(environments.resolve(target + ".yaml"), edited);
            var scratchLoader = new EnvironmentLoader(environments);
            Environment after = scratchLoader.load(target);
            new Synthesizer(loader).synth(target, null, scratch.resolve("before"));
            SynthReport synthesized = new Synthesizer(scratchLoader).synth(target, null, scratch.resolve("after"));
            var gate = new PolicyGate(clock).checkSynthesized(synthesized, List.of(target), scratchLoader, null, false);
            var differences = EnvironmentDiff.between(
                    before, scratch.resolve("before"), after, scratch.resolve("after"), StackCatalog.COMPONENTS);
            if (dryRun || !gate.failing().isEmpty()) {
                return new Outcome(changes, differences, gate.failing(), false, null);
            }
            Path staged = file.resolveSibling("." + target + ".yaml.tmp");
            Files.writeString(staged, edited);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String release = target + "-" + RELEASE_ID.format(now);
            new ReleaseHistory(loader.directory(), target)
                    .append(new ReleaseHistory.Release(
                            release, now.toString(), who(), source, target, VersionEdit.versions(edited)));
            return new Outcome(changes, differences, List.of(), true, release);
        } finally {
            Directories.deleteRecursively(scratch);
        }
    }

    private static String who() {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name")
                    .redirectErrorStream(true)
                    .start();
            String name = new String(git.getInputStream().readAllBytes()).trim();
            if (git.waitFor() == 0 && !name.isBlank()) {
                return name;
            }
        } catch (IOException e) {
            // no git: fall back to the OS user
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.getProperty("user.name", "unknown");
    }
}
