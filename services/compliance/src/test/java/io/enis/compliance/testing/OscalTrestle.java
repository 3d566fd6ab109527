package io.enis.compliance.testing;

import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * compliance-trestle (PyPI, version in {@code test/tools/trestle-requirements.txt}), a tool no one here wrote,
 * loading OSCAL documents into its pydantic models of NIST's OSCAL 1.1.3 schemas: a document it loads
 * conforms. Its Python is looked up in {@code $ENIS_TRESTLE_PYTHON} and in {@code test/tools/.trestle-venv/bin}
 * of the repository ({@code .ci/run} installs it there). Without it the calling test is skipped with one line
 * on stderr, unless {@code ENIS_REQUIRE_TRESTLE=1} (CI), where it fails.
 */
public final class OscalTrestle {
    private static final String INSTALL = "python3 -m venv test/tools/.trestle-venv && "
            + "test/tools/.trestle-venv/bin/pip install -r test/tools/trestle-requirements.txt";
    private static final String LOAD = String.join(
            "\n",
            "import json, sys",
            "from trestle.oscal.catalog import Catalog",
            "from trestle.oscal.profile import Profile",
            "from trestle.oscal.assessment_results import AssessmentResults",
            "from trestle.oscal.ssp import SystemSecurityPlan",
            "models = {'catalog': Catalog, 'profile': Profile, 'assessment-results': AssessmentResults,",
            "          'system-security-plan': SystemSecurityPlan}",
            "root, path = sys.argv[1], sys.argv[2]",
            "doc = json.load(open(path, encoding='utf-8'))",
            "model = models[root].parse_obj(doc[root])",
            "print(model.metadata.oscal_version.__root__ if hasattr(model.metadata.oscal_version, '__root__') "
                    + "else model.metadata.oscal_version)");

    private final Path python;

    private OscalTrestle(Path python) {
        this.python = python;
    }

    /** trestle, or skips the calling test (fails with ENIS_REQUIRE_TRESTLE=1) when it is not installed. */
    public static OscalTrestle findOrSkip() {
        Optional<Path> found = python();
        if (found.isEmpty()) {
            if ("1".equals(System.getenv("ENIS_REQUIRE_TRESTLE"))) {
                throw new IllegalStateException(
                        "ENIS_REQUIRE_TRESTLE=1 but compliance-trestle is not installed; run: " + INSTALL);
            }
            TestStores.saySkippedOnce(
                    "trestle",
                    "OSCAL validation with compliance-trestle not run: not installed (" + INSTALL + "; .ci/run does)");
            Assumptions.abort("compliance-trestle is not installed");
        }
        return new OscalTrestle(found.get());
    }

    /**
     * Loads {@code json} as the OSCAL model named by its top-level key ({@code catalog},
     * {@code assessment-results}, ...) and answers the OSCAL version trestle read.
     *
     * @throws AssertionError with trestle's own message when the document does not load
     */
    public String load(String root, String json) throws IOException, InterruptedException {
        Path file = Files.createTempFile("oscal-", ".json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return run("refuses the " + root, LOAD, root, file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Resolves {@code profileJson} with trestle's own profile resolver ({@code ProfileResolver}) and answers the
     * resolved catalog as JSON. The profile's imports must reach their catalogs as files (absolute paths).
     *
     * @throws AssertionError with trestle's own message when it cannot resolve the profile
     */
    public String resolveProfile(String profileJson) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("trestle-");
        Files.createDirectories(root.resolve(".trestle"));
        Path profile = root.resolve("profile.json");
        Files.writeString(profile, profileJson, StandardCharsets.UTF_8);
        String script = String.join(
                "\n",
                "import pathlib, sys",
                "from trestle.core.profile_resolver import ProfileResolver",
                "catalog = ProfileResolver.get_resolved_profile_catalog(pathlib.Path(sys.argv[1]), sys.argv[2])",
                "print(catalog.oscal_serialize_json())");
        return run("cannot resolve the profile", script, root.toString(), profile.toString());
    }

    /** Runs {@code script} with {@code args}: its standard output, or an AssertionError with what it printed. */
    private String run(String failure, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", script));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("trestle-", ".err");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("trestle did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("compliance-trestle " + failure + ":\n" + out + Files.readString(errors));
            }
            return out.strip();
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static Optional<Path> python() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("ENIS_TRESTLE_PYTHON")).map(Path::of).ifPresent(candidates::add);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("test/tools/.trestle-venv/bin/python"));
        }
        return candidates.stream()
                .filter(p -> Files.isExecutable(p)
                        && Files.isDirectory(p.getParent().getParent().resolve("lib")))
                .findFirst();
    }
}
