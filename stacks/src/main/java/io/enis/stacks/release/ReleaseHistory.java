package io.enis.stacks.release;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The releases of one environment, appended to {@code environments/releases/<env>.yaml}: who
 * promoted or rolled back what, when, from where, and the complete set of service versions after
 * it — so any earlier release can be re-applied.
 */
public final class ReleaseHistory {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;

    public ReleaseHistory(Path environmentsDirectory, String environment) {
        this.file = environmentsDirectory.resolve("releases").resolve(environment + ".yaml");
    }

    /**
     * One release.
     *
     * @param release id, {@code <env>-<yyyyMMdd'T'HHmmss'Z'>}
     * @param at ISO-8601 instant
     * @param by who (git user, else the OS user)
     * @param from source environment, or {@code rollback:<release>}
     * @param to the environment
     * @param versions every service's version after the release
     */
    public record Release(String release, String at, String by, String from, String to, Map<String, String> versions) {}

    /** The releases, oldest first; empty when there is no history yet. */
    public List<Release> releases() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Release> releases = YAML.readValue(file.toFile(), new TypeReference<List<Release>>() {});
            return releases == null ? List.of() : releases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release history " + file, e);
        }
    }

    /** Appends a release (the file stays a YAML list; earlier entries are not rewritten). */
    public void append(Release release) {
        try {
            Files.createDirectories(file.getParent());
            String entry = YAML.writeValueAsString(List.of(release)).replaceFirst("^---\\n", "");
            if (!Files.exists(file)) {
                entry = "# Release history of " + release.to() + ", appended by ./infra promote and ./infra rollback.\n"
                        + entry;
            }
            Files.writeString(file, entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the release history " + file, e);
        }
    }

    /** The history file. */
    public Path file() {
        return file;
    }
}
