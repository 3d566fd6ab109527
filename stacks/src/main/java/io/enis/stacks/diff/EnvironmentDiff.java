package io.enis.stacks.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.stacks.environment.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A structural diff of the synthesized stacks of two environments. Environment names and account
 * ids are normalized ({@code <env>}, {@code <account>}) so that only real differences remain: added
 * and removed resources, and changed attributes per stack (one-element lists, Terraform's
 * blocks, by position; longer lists by element content, {@code [~hash]}, so an element added or
 * changed shows as present on one side only instead of shifting the rest). Each difference is classified:
 * <ul>
 *   <li>{@code environment}: the two values are what the two environment files say at the same
 *       field (a size, a version, a CIDR, also inside a longer string), a resource type exists in both with a different count (zones, NAT gateways), or the
 *       component's part of the environment files differs (a toggle such as a dedicated database
 *       adds resources and changes references);</li>
 *   <li>{@code unexpected}: nothing in the environment files explains it — drift between
 *       environments to review.</li>
 * </ul>
 */
public final class EnvironmentDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvironmentDiff() {}

    /**
     * One difference.
     *
     * @param stack the component (stack id without the environment)
     * @param kind {@code added}, {@code removed} or {@code changed} (going from {@code from} to {@code to})
     * @param address resource address (normalized)
     * @param attribute changed attribute path, or {@code null} for added and removed resources
     * @param fromValue value in {@code from} (normalized), or {@code null}
     * @param toValue value in {@code to} (normalized), or {@code null}
     * @param origin {@code environment} or {@code unexpected}
     */
    public record Difference(
            String stack,
            String kind,
            String address,
            String attribute,
            String fromValue,
            String toValue,
            String origin) {
        public boolean unexpected() {
            return origin.equals("unexpected");
        }
    }

    /** Differences between the stacks of {@code from} (in {@code fromDir}) and {@code to} (in {@code toDir}). */
    public static List<Difference> between(
            Environment from, Path fromDir, Environment to, Path toDir, List<String> components) {
        // what the two environment files say differently: path -> (value in from, value in to)
        Map<String, String> fromFlat = flattenEnvironment(from);
        Map<String, String> toFlat = flattenEnvironment(to);
        Set<String> changedPairs = new HashSet<>();
        Set<String> keys = new TreeSet<>(fromFlat.keySet());
        keys.addAll(toFlat.keySet());
        for (String key : keys) {
            String a = fromFlat.get(key);
            String b = toFlat.get(key);
            if (a != null && b != null && !a.equals(b)) {
                changedPairs.add(a + "\u0000" + b);
            }
        }
        List<String> fromValues = byLength(keys.stream()
                .filter(k -> fromFlat.get(k) != null && !fromFlat.get(k).equals(toFlat.get(k)))
                .map(fromFlat::get)
                .toList());
        List<String> toValues = byLength(keys.stream()
                .filter(k -> toFlat.get(k) != null && !toFlat.get(k).equals(fromFlat.get(k)))
                .map(toFlat::get)
                .toList());
        List<Difference> differences = new ArrayList<>();
        for (String component : components) {
            boolean configuredDifferently = !section(from, component).equals(section(to, component));
            Map<String, String> a = flatten(read(fromDir, component + "-" + from.name()), from);
            Map<String, String> b = flatten(read(toDir, component + "-" + to.name()), to);
            Map<String, Integer> typesA = typeCounts(a.keySet());
            Map<String, Integer> typesB = typeCounts(b.keySet());
            Set<String> resourcesA = resources(a.keySet());
            Set<String> resourcesB = resources(b.keySet());
            for (String address : resourcesA) {
                if (!resourcesB.contains(address)) {
                    differences.add(new Difference(
                            component,
                            "removed",
                            address,
                            null,
                            null,
                            null,
                            typesB.containsKey(type(address)) || configuredDifferently ? "environment" : "unexpected"));
                }
            }
            for (String address : resourcesB) {
                if (!resourcesA.contains(address)) {
                    differences.add(new Difference(
                            component,
                            "added",
                            address,
                            null,
                            null,
                            null,
                            typesA.containsKey(type(address)) || configuredDifferently ? "environment" : "unexpected"));
                }
            }
            Set<String> paths = new TreeSet<>(a.keySet());
            paths.addAll(b.keySet());
            for (String path : paths) {
                String address = address(path);
                if (address == null || !resourcesA.contains(address) || !resourcesB.contains(address)) {
                    continue;
                }
                String va = a.get(path);
                String vb = b.get(path);
                if (va == null ? vb != null : !va.equals(vb)) {
                    boolean oneSided = va == null || vb == null;
                    boolean explained = oneSided
                            ? configuredDifferently
                            : (changedPairs.contains(va + "\u0000" + vb)
                                    || masked(va, fromValues).equals(masked(vb, toValues))
                                    || configuredDifferently && derivedAlike(va, vb));
                    differences.add(new Difference(
                            component,
                            "changed",
                            address,
                            path.substring(address.length() + 1),
                            va,
                            vb,
                            explained ? "environment" : "unexpected"));
                }
            }
        }
        return differences;
    }

    /**
     * Two values of the kind that settings produce rather than state literally: references, flags,
     * numbers, JSON documents (chart values). In a component whose environment settings differ,
     * such a change is attributed to the environment files.
     */
    private static boolean derivedAlike(String a, String b) {
        return a.contains("${") && b.contains("${")
                || a.matches("true|false") && b.matches("true|false")
                || a.matches("-?\\d+") && b.matches("-?\\d+")
                || a.startsWith("{") && b.startsWith("{");
    }

    /**
     * The value with every environment value in it replaced by {@code <v>}, longest first: two
     * values that become equal differ only by what their environment files say.
     */
    static String masked(String value, List<String> envValues) {
        String result = value;
        for (String envValue : envValues) {
            result = result.replace(envValue, "<v>");
        }
        return result;
    }

    /** Distinct values of two characters or more, longest first (so that masking replaces whole values first). */
    private static List<String> byLength(List<String> values) {
        return values.stream()
                .filter(v -> v.length() >= 2 && !v.equals("<env>"))
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length)
                        .reversed()
                        .thenComparing(v -> v))
                .toList();
    }

    /** The environment file as path → normalized scalar. */
    private static Map<String, String> flattenEnvironment(Environment env) {
        Map<String, String> flat = new TreeMap<>();
        flattenTree("", JSON.valueToTree(env), env, flat);
        return flat;
    }

    private static void flattenTree(String prefix, JsonNode node, Environment env, Map<String, String> into) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(field -> flattenTree(prefix + "." + field.getKey(), field.getValue(), env, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flattenTree(prefix + "[" + i + "]", node.get(i), env, into);
            }
        } else if (!node.isNull()) {
            into.put(prefix, normalize(node.asText(), env));
        }
    }

    /**
     * The part of an environment file a component's stack is built from, without the version (a
     * release, which promotion moves): {@code services.<component>} for a service, everything but
     * the services for the platform.
     */
    private static JsonNode section(Environment env, String component) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = JSON.valueToTree(env);
        if (env.services().containsKey(component)) {
            com.fasterxml.jackson.databind.node.ObjectNode service = (com.fasterxml.jackson.databind.node.ObjectNode)
                    tree.path("services").path(component);
            service.remove("version");
            // a service stack also uses the network (policies, CIDRs) and ingress settings
            service.set("network", tree.path("network"));
            service.set("ingress", tree.path("ingress"));
            return service;
        }
        tree.remove(List.of("services", "name", "account", "state", "tags"));
        return tree;
    }

    private static JsonNode read(Path dir, String stack) {
        Path file = dir.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        try {
            return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code resource.<type>.<name>.<path>} → normalized scalar, metadata blocks left out. */
    private static Map<String, String> flatten(JsonNode root, Environment env) {
        Map<String, String> flat = new TreeMap<>();
        root.path("resource")
                .fields()
                .forEachRemaining(type -> type.getValue()
                        .fields()
                        .forEachRemaining(resource ->
                                flatten(type.getKey() + "." + resource.getKey(), resource.getValue(), env, flat)));
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Environment env, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("//")) {
                    flatten(prefix + "." + field.getKey(), field.getValue(), env, into);
                }
            });
        } else if (node.isArray()) {
            // one-element lists (Terraform blocks) by position; longer lists by content, so that an
            // element added in the middle does not shift every following one into a "change"
            for (int i = 0; i < node.size(); i++) {
                String key = node.size() == 1
                        ? "0"
                        : "~" + digest(normalize(node.get(i).toString(), env));
                flatten(prefix + "[" + key + "]", node.get(i), env, into);
            }
        } else {
            into.put(prefix, normalize(node.asText(), env));
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the environment's account id, and its name where names are built from it
     * ({@code enis-prod-...}, {@code enis/prod/...}, {@code platform-prod.tfstate}, {@code api.prod.example}),
     * by placeholders; the name elsewhere (a device {@code /dev/xvda}) is left alone.
     */
    static String normalize(String value, Environment env) {
        String name = java.util.regex.Pattern.quote(env.name());
        return value.replace(env.account().id(), "<account>")
                .replaceAll("(?<=" + Environment.PROJECT + "/)" + name + "(?=/)", "<env>")
                .replaceAll("(?<=[-.])" + name + "(?=[-.]|$)", "<env>");
    }

    private static Set<String> resources(Set<String> paths) {
        Set<String> addresses = new TreeSet<>();
        paths.forEach(path -> {
            String address = address(path);
            if (address != null) {
                addresses.add(address);
            }
        });
        return addresses;
    }

    private static String address(String path) {
        int first = path.indexOf('.');
        int second = first < 0 ? -1 : path.indexOf('.', first + 1);
        int bracket = path.indexOf('[', first + 1);
        int end = second < 0 ? bracket : (bracket < 0 ? second : Math.min(second, bracket));
        return end < 0 ? null : path.substring(0, end);
    }

    private static String type(String address) {
        return address.substring(0, address.indexOf('.'));
    }

    private static Map<String, Integer> typeCounts(Set<String> paths) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        resources(paths).forEach(address -> counts.merge(type(address), 1, Integer::sum));
        return counts;
    }
}
