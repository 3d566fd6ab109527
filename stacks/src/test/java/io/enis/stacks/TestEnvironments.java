package io.enis.stacks;

import io.enis.stacks.environment.Environment;
import io.enis.stacks.environment.EnvironmentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's environment files, for tests (the stacks module runs with its own directory as cwd). */
public final class TestEnvironments {
    public static final Path DIRECTORY = Path.of("..", "environments");
    public static final EnvironmentLoader LOADER = new EnvironmentLoader(DIRECTORY);

    private TestEnvironments() {}

    public static Environment load(String name) {
        return LOADER.load(name);
    }

    /** Copies the environment files into {@code target}, so a test can change them. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            Files.createDirectories(target);
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
