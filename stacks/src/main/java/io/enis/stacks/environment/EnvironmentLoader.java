package io.enis.stacks.environment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.enis.constructs.platform.DefaultCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code <directory>/<name>.yaml}, validates it completely and returns the {@link Environment}.
 *
 * <p>Validation reports every problem at once: YAML syntax (with line and column), then the JSON
 * Schema (unknown, missing and mistyped fields, malformed values) together with
 * {@link EnvironmentRules} (CIDRs, zone counts, ordering of sizes). Each message starts with the
 * file, then the field path, then what is allowed.
 */
public final class EnvironmentLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final EnvironmentSchema SCHEMA = new EnvironmentSchema();

    private final Path directory;

    /** Loader for the environment files in {@code directory} (usually {@code environments/}). */
    public EnvironmentLoader(Path directory) {
        this.directory = directory;
    }

    /** The directory the files are read from. */
    public Path directory() {
        return directory;
    }

    /**
     * Names of the environments present, sorted: the {@code *.yaml} files of the directory.
     *
     * @throws InvalidEnvironmentException when the directory cannot be read
     */
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            throw new InvalidEnvironmentException(List.of(directory + ": environment directory not found"));
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidEnvironmentException(List.of(directory + ": cannot list environment files: " + e.getMessage()));
        }
    }

    /**
     * Loads and validates one environment.
     *
     * @throws UnknownEnvironmentException when there is no such file (the message lists the known names)
     * @throws InvalidEnvironmentException with every problem found in the file
     */
    public Environment load(String name) {
        Path file = requireKnown(name);
        return parse(file, read(file));
    }

    /**
     * Checks that {@code name} is one environment with a file here (not {@code all}), without parsing it.
     *
     * @return the environment's file
     * @throws UnknownEnvironmentException when there is no such file (the message lists the known names)
     */
    public Path requireKnown(String name) {
        Path file = directory.resolve(name + ".yaml");
        if (!name.matches("[a-z][a-z0-9-]*") || !Files.isRegularFile(file)) {
            throw new UnknownEnvironmentException(name, names());
        }
        return file;
    }

    /** Loads every environment in the directory; problems of all files are reported together. */
    public List<Environment> loadAll() {
        return loadAll(names());
    }

    /**
     * Loads the named environments; problems of all files are reported together.
     *
     * @throws UnknownEnvironmentException for a name without a file
     * @throws InvalidEnvironmentException with every problem of every file
     */
    public List<Environment> loadAll(List<String> names) {
        List<Environment> environments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : names) {
            try {
                environments.add(load(name));
            } catch (InvalidEnvironmentException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEnvironmentException(errors);
        }
        return environments;
    }

    /**
     * Validates YAML text as if it were {@code file}; used by {@link #load(String)} and by tests.
     *
     * @throws InvalidEnvironmentException with every problem found
     */
    public static Environment parse(Path file, String yaml) {
        String where = file.toString();
        JsonNode document;
        try {
            document = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String at = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
            throw new InvalidEnvironmentException(List.of(where + ": " + at + "invalid YAML: " + e.getOriginalMessage()));
        }
        if (document == null || document.isMissingNode() || document.isNull()) {
            throw new InvalidEnvironmentException(List.of(where + ": file is empty; allowed: an environment as described in environments/README.md"));
        }
        List<String> problems = new ArrayList<>(SCHEMA.validate(document));
        if (document.isObject()) {
            problems.addAll(EnvironmentRules.check(file.getFileName().toString(), document,
                    DefaultCharts.keys()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEnvironmentException(problems.stream().map(p -> where + ": " + p).toList());
        }
        try {
            return YAML.treeToValue(document, Environment.class);
        } catch (JsonProcessingException e) {
            // the schema admits only documents that bind; reaching this is a bug in the schema
            throw new IllegalStateException(where + ": schema and model disagree: " + e.getOriginalMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidEnvironmentException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }
}
