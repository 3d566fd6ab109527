package io.enis.constructs.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names and tags for the resources of one component in one environment.
 *
 * <p>Resource names follow {@code <project>-<environment>-<component>-<purpose>}, for example
 * {@code enis-prod-platform-flow-logs}. Constructs never inspect the parts; they only ask for
 * names, so environments differ through data, not through code.
 */
public final class Naming {
    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private final String project;
    private final String environment;
    private final String component;
    private final Map<String, String> tags;

    private Naming(String project, String environment, String component, Map<String, String> tags) {
        Require require = Require.of("Naming");
        this.project = part(require, "project", project);
        this.environment = part(require, "environment", environment);
        this.component = part(require, "component", component);
        this.tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * Naming for a component.
     *
     * @param tags extra tags every taggable resource should carry (e.g. Owner, CostCenter);
     *     Project, Environment, Component and ManagedBy are added here
     * @throws InvalidPropsException when a part is not lower-case kebab case of 1..31 characters
     */
    public static Naming of(String project, String environment, String component, Map<String, String> tags) {
        return new Naming(project, environment, component, tags);
    }

    /** The same project and environment, another component (tags are kept). */
    public Naming forComponent(String otherComponent) {
        return new Naming(project, environment, otherComponent, tags);
    }

    /** {@code <project>-<environment>-<component>}. */
    public String prefix() {
        return project + "-" + environment + "-" + component;
    }

    /** {@code <project>-<environment>-<component>-<purpose>}; purpose must be kebab case. */
    public String name(String purpose) {
        return prefix() + "-" + part(Require.of("Naming"), "purpose", purpose);
    }

    /** Secrets Manager name {@code <project>/<environment>/<component>/<purpose>}. */
    public String secretName(String purpose) {
        return project + "/" + environment + "/" + component + "/" + part(Require.of("Naming"), "purpose", purpose);
    }

    public String project() {
        return project;
    }

    public String environment() {
        return environment;
    }

    public String component() {
        return component;
    }

    /** Project, Environment, Component, ManagedBy plus the extra tags given at creation. */
    public Map<String, String> tags() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Project", project);
        all.put("Environment", environment);
        all.put("Component", component);
        all.put("ManagedBy", "cdktf");
        all.putAll(tags);
        return all;
    }

    private static String part(Require require, String field, String value) {
        require.text(field, value);
        require.check(
                PART.matcher(value).matches(),
                field,
                "'" + value
                        + "' is not allowed; use lower-case letters, digits and '-', starting with a letter, at most 31 characters");
        return value;
    }
}
