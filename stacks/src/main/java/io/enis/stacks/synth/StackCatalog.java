package io.enis.stacks.synth;

import io.enis.stacks.bootstrap.BootstrapStack;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import io.enis.stacks.services.BillingStack;
import io.enis.stacks.services.CloudBusStack;
import io.enis.stacks.services.ComplianceStack;
import io.enis.stacks.services.ObservabilityStack;
import io.enis.stacks.services.ScorecardStack;
import io.enis.stacks.services.ServiceStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.constructs.Construct;

/**
 * The stacks this repository synthesizes per environment, in dependency order (platform first,
 * the services read it through remote state). Stack ids are {@code <component>-<env>}. The
 * bootstrap stack (state bucket, lock table, CI roles) is synthesized only when asked for by name.
 */
public final class StackCatalog {
    /** A service stack's constructor. */
    @FunctionalInterface
    interface ServiceStackFactory {
        ServiceStack create(Construct scope, Environment env, PlatformStack platform);
    }

    private static final Map<String, ServiceStackFactory> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put(ObservabilityStack.SERVICE, ObservabilityStack::new);
        SERVICES.put(ScorecardStack.SERVICE, ScorecardStack::new);
        SERVICES.put(BillingStack.SERVICE, BillingStack::new);
        SERVICES.put(ComplianceStack.SERVICE, ComplianceStack::new);
        SERVICES.put(CloudBusStack.SERVICE, CloudBusStack::new);
    }

    /** Component names, in dependency order. */
    public static final List<String> COMPONENTS = components();

    private StackCatalog() {}

    private static List<String> components() {
        List<String> all = new ArrayList<>();
        all.add(PlatformStack.COMPONENT);
        all.addAll(SERVICES.keySet());
        return List.copyOf(all);
    }

    /** The components {@code component} depends on (a service depends on the platform). */
    public static List<String> dependencies(String component) {
        return component.equals(PlatformStack.COMPONENT) ? List.of() : List.of(PlatformStack.COMPONENT);
    }

    /**
     * Resolves a {@code --stack} value: a component ({@code billing}) or a stack id
     * ({@code billing-dev}) of one of {@code environments}. {@code null} selects every component.
     * A selected component brings the components it depends on (cross-stack references need them).
     *
     * @throws UnknownStackException naming the valid components and stack ids
     */
    public static Set<String> select(String stack, List<String> environments) {
        if (stack == null) {
            return new LinkedHashSet<>(COMPONENTS);
        }
        if (stack.equals(BootstrapStack.COMPONENT)
                || environments.stream().anyMatch(env -> stack.equals(BootstrapStack.COMPONENT + "-" + env))) {
            return Set.of(BootstrapStack.COMPONENT);
        }
        for (String component : COMPONENTS) {
            boolean matches = stack.equals(component)
                    || environments.stream().anyMatch(env -> stack.equals(component + "-" + env));
            if (matches) {
                Set<String> selected = new LinkedHashSet<>(dependencies(component));
                selected.add(component);
                return selected;
            }
        }
        List<String> known = new ArrayList<>(COMPONENTS);
        known.add(BootstrapStack.COMPONENT);
        for (String env : environments) {
            COMPONENTS.forEach(component -> known.add(component + "-" + env));
        }
        throw new UnknownStackException(stack, known);
    }

    /**
     * A stack added to an app and the time its constructs took.
     *
     * @param id stack id
     * @param constructTime time spent creating the stack's constructs
     */
    public record AddedStack(String id, java.time.Duration constructTime) {}

    /** Adds the selected components of {@code env} to {@code app}, in dependency order. */
    public static List<AddedStack> addStacks(Construct app, Environment env, Set<String> components) {
        List<AddedStack> added = new ArrayList<>();
        long started = System.nanoTime();
        if (components.contains(BootstrapStack.COMPONENT)) {
            String id = new BootstrapStack(app, env).getNode().getId();
            return List.of(new AddedStack(id, java.time.Duration.ofNanos(System.nanoTime() - started)));
        }
        PlatformStack platform = new PlatformStack(app, env);
        added.add(new AddedStack(platform.getNode().getId(), java.time.Duration.ofNanos(System.nanoTime() - started)));
        SERVICES.forEach((service, factory) -> {
            if (components.contains(service)) {
                long serviceStarted = System.nanoTime();
                String id = factory.create(app, env, platform).getNode().getId();
                added.add(new AddedStack(id, java.time.Duration.ofNanos(System.nanoTime() - serviceStarted)));
            }
        });
        return added;
    }
}
