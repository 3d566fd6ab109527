package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.platform.PlatformStack;
import io.enis.stacks.synth.StackCatalog;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The settings contract between the service stacks and the services, both ways, in every
 * environment: each variable a service stack sets in its container ({@code env}, plain or from a
 * secret) is one the service reads, and each setting the service reads without a default is set
 * (except the few in {@link #LEFT_UNSET} and {@link #LEFT_UNSET_BY_SERVICE}, each with its reason).
 *
 * <p>A service's settings are what its jar's {@code --help} lists (the kit's {@code Settings}
 * documents every read, so the list is the code's): a line per variable, ending in
 * {@code (default: ...)} when it has one. Which services are held to it is found, not listed: every
 * service stack of {@link StackCatalog#COMPONENTS} whose module {@code services/<name>} declares a
 * {@code ServiceDefinition} in its main sources. So billing, compliance and scorecard are picked up
 * by themselves once their module has one; from then on their jar must be built (as for the other
 * jar tests) and their stack must match it.
 */
class ServiceSettingsContractIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");
    /** A setting line of {@code --help}: two spaces, the variable, its description. */
    private static final Pattern SETTING = Pattern.compile("^  ([A-Z][A-Z0-9_]*)\\s+(.*)$");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Settings without a default that the stacks leave unset on purpose, and why. */
    static final Map<String, String> LEFT_UNSET = Map.of(
            "DATABASE_SCHEMA", "each service has a database of its own, so the user's default schema is the service's",
            "OTEL_EXPORTER_OTLP_HEADERS",
                    "the platform's collector receives the services' spans in the cluster without a key");

    /** Settings of one service only that its stack leaves unset on purpose, and why. */
    static final Map<String, Map<String, String>> LEFT_UNSET_BY_SERVICE = Map.of(
            "observability",
            Map.of(
                    "TRACES_FORWARD_URL",
                    "optional: spans are kept in the service database; forwarding to a trace backend is an operator's choice",
                    "TRACES_FORWARD_HEADERS",
                    "only with TRACES_FORWARD_URL",
                    "METRICS_REMOTE_WRITE_URL",
                    "only with METRICS_BACKEND=remote: environments on the embedded store (dev) leave it unset",
                    "METRICS_REMOTE_QUERY_URL",
                    "only with METRICS_BACKEND=remote: environments on the embedded store (dev) leave it unset"),
            "compliance",
            Map.of(
                    "EVIDENCE_DIR",
                    "the stack sets EVIDENCE_BUCKET: evidence goes to S3, and EVIDENCE_DIR is the local store's",
                    "EVIDENCE_S3_ENDPOINT",
                    "in the cluster the SDK uses AWS's S3 endpoint for the region; the override is for S3-compatible servers",
                    "AWS_ENDPOINT_URL_S3",
                    "the AWS SDKs' standard S3 endpoint override, for S3-compatible servers only"));

    /**
     * Settings with a default that a service stack leaves unset on purpose (optional overrides an
     * operator may add), by service, and why; each must be a setting of the service with a default.
     */
    static final Map<String, Map<String, String>> OPTIONAL_OVERRIDES_BY_SERVICE = Map.of(
            "billing",
            Map.of(
                    "DUNNING_ON_EXHAUSTED",
                    "a business choice with a safe default (cancel,uncollectible); environments do not differ in it"));

    @TempDir
    static Path out;

    @BeforeAll
    static void synthesizeEveryEnvironment() {
        new Synthesizer(new EnvironmentLoader(HOME.resolve("environments"))).synth(Synthesizer.ALL, null, out);
    }

    /** The service stacks whose service exists: its module has a {@code ServiceDefinition}. */
    static List<String> existingServices() throws IOException {
        List<String> services = new ArrayList<>();
        for (String component : StackCatalog.COMPONENTS) {
            Path sources = HOME.resolve("services").resolve(component).resolve("src/main/java");
            if (!component.equals(PlatformStack.COMPONENT) && Files.isDirectory(sources) && definesAService(sources)) {
                services.add(component);
            }
        }
        return services;
    }

    private static boolean definesAService(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("implements ServiceDefinition<")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theServicesThatExistAreHeldToTheContract() throws IOException {
        assertThat(existingServices()).contains("observability", "cloud-bus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("existingServices")
    void optionalOverridesAreSettingsWithADefaultTheStackLeavesAlone(String service) throws Exception {
        Map<String, Boolean> declared = declaredSettings(service);
        for (String name :
                OPTIONAL_OVERRIDES_BY_SERVICE.getOrDefault(service, Map.of()).keySet()) {
            assertThat(declared).as("%s reads %s with a default", service, name).containsEntry(name, true);
            for (String env : ENVIRONMENTS) {
                assertThat(containerEnvironment(service + "-" + env))
                        .as("%s-%s leaves the optional override %s unset", service, env, name)
                        .doesNotContain(name);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("existingServices")
    void everyInjectedVariableIsReadAndEverySettingWithoutDefaultIsInjected(String service) throws Exception {
        Map<String, Boolean> declared = declaredSettings(service);
        Set<String> leftUnset = new TreeSet<>(LEFT_UNSET.keySet());
        leftUnset.addAll(LEFT_UNSET_BY_SERVICE.getOrDefault(service, Map.of()).keySet());
        assertThat(declared.keySet())
                .as("the settings %s leaves unset on purpose are settings of %s", leftUnset, service)
                .containsAll(leftUnset);
        Set<String> withoutDefault = new TreeSet<>();
        declared.forEach((name, hasDefault) -> {
            if (!hasDefault && !leftUnset.contains(name)) {
                withoutDefault.add(name);
            }
        });
        for (String env : ENVIRONMENTS) {
            Set<String> injected = containerEnvironment(service + "-" + env);
            assertThat(injected)
                    .as("variables %s-%s sets that %s does not read (its --help)", service, env, service)
                    .isSubsetOf(declared.keySet());
            assertThat(withoutDefault)
                    .as("settings of %s without a default that %s-%s does not set", service, service, env)
                    .isSubsetOf(injected);
        }
    }

    /** Variable → whether it has a default, from {@code java -jar services/<name>/target/enis-<name>.jar --help}. */
    static Map<String, Boolean> declaredSettings(String service) throws Exception {
        Path jar = HOME.resolve("services/" + service + "/target/enis-" + service + ".jar");
        assertThat(jar).as("build the services first (mvn package)").exists();
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "--help")
                .redirectErrorStream(true)
                .start();
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(help).isZero();
        Map<String, Boolean> settings = new TreeMap<>();
        help.lines().forEach(line -> {
            Matcher setting = SETTING.matcher(line);
            if (setting.matches()) {
                settings.put(
                        setting.group(1),
                        setting.group(2).endsWith(")") && setting.group(2).contains("(default: "));
            }
        });
        assertThat(settings).as(service + " --help lists its settings").containsKeys("PORT", "DATABASE_URL");
        return settings;
    }

    /** The variables a synthesized service stack sets in its container, plain or from a secret. */
    static Set<String> containerEnvironment(String stackId) throws IOException {
        JsonNode stack = JSON.readTree(
                out.resolve("stacks").resolve(stackId).resolve("cdk.tf.json").toFile());
        JsonNode deployments = stack.path("resource").path("kubernetes_deployment_v1");
        assertThat(deployments.size()).as("deployments of " + stackId).isEqualTo(1);
        JsonNode container = deployments.elements().next().at("/spec/template/spec/container/0");
        assertThat(container.has("env_from"))
                .as(stackId + " sets variables one by one")
                .isFalse();
        Set<String> names = new TreeSet<>();
        container
                .path("env")
                .forEach(variable -> names.add(variable.path("name").asText()));
        assertThat(names).as(stackId + " container env").isNotEmpty();
        return names;
    }
}
