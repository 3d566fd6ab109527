package io.enis.stacks.app;

import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * The stacks this repository synthesizes per environment, in dependency order (platform first).
 * Stack ids are {@code <component>-<env>}.
 */
public final class StackCatalog {
    /** Component names, in dependency order. */
    public static final List<String> COMPONENTS = List.of(PlatformStack.COMPONENT);

    private StackCatalog() {
    }

    /**
     * Resolves a {@code --stack} value: a component ({@code platform}) or a stack id
     * ({@code platform-dev}) of one of {@code environments}. {@code null} selects every component.
     *
     * @throws UnknownStackException naming the valid components and stack ids
     */
    public static Set<String> select(String stack, List<String> environments) {
        if (stack == null) {
            return new LinkedHashSet<>(COMPONENTS);
        }
        if (COMPONENTS.contains(stack)) {
            return Set.of(stack);
        }
        for (String component : COMPONENTS) {
            for (String env : environments) {
                if (stack.equals(component + "-" + env)) {
                    return Set.of(component);
                }
            }
        }
        List<String> known = new ArrayList<>(COMPONENTS);
        for (String env : environments) {
            COMPONENTS.forEach(component -> known.add(component + "-" + env));
        }
        throw new UnknownStackException(stack, known);
    }

    /** Adds the selected components of {@code env} to {@code app}; returns the stack ids added. */
    public static List<String> addStacks(Construct app, Environment env, Set<String> components) {
        List<String> ids = new ArrayList<>();
        if (components.contains(PlatformStack.COMPONENT)) {
            ids.add(new PlatformStack(app, env).getNode().getId());
        }
        return ids;
    }
}
