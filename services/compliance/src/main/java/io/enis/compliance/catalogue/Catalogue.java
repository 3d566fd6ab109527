package io.enis.compliance.catalogue;

import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The frameworks, their requirements and controls, and the mappings between controls of different
 * frameworks. {@link #shipped()} is the one the service serves ({@code catalogue/catalogue.json}); frameworks
 * imported from OSCAL are {@link #add added} to it, each addition atomic (readers see it whole or not at all).
 *
 * <p>"Implement once": evidence on a control also counts for the controls it {@link
 * Mapping#carriesEvidence carries evidence to} — equal mappings both ways, a superset towards its
 * subset — one mapping away (not transitively: a chain of approximations is not evidence).
 */
public final class Catalogue {
    private static final String RESOURCE = "catalogue/catalogue.json";

    // copy-on-write snapshots: add() replaces them whole, readers never lock
    private volatile Map<String, Framework> frameworks = new LinkedHashMap<>();
    private volatile Map<ControlRef, Control> controls = new LinkedHashMap<>();
    private volatile List<Mapping> mappings;

    Catalogue(List<Framework> frameworks, List<Mapping> mappings) {
        frameworks.forEach(f -> {
            this.frameworks.put(f.id(), f);
            f.controls().forEach(c -> controls.put(c.ref(), c));
        });
        this.mappings = List.copyOf(mappings);
    }

    /**
     * Adds a framework (imported from OSCAL) and mappings from its controls to controls already here.
     *
     * @throws ConflictException naming {@code framework} when its id is taken
     * @throws IllegalArgumentException when a mapping names a control that is not here (a caller defect)
     */
    public synchronized void add(Framework framework, List<Mapping> newMappings) {
        if (frameworks.containsKey(framework.id())) {
            throw new ConflictException(
                    "framework " + framework.id() + " exists",
                    List.of(new Violation(
                            "framework",
                            "'" + framework.id() + "' is taken; known: " + String.join(", ", frameworks.keySet()))));
        }
        Map<ControlRef, Control> nextControls = new LinkedHashMap<>(controls);
        framework.controls().forEach(c -> nextControls.put(c.ref(), c));
        for (Mapping m : newMappings) {
            if (!nextControls.containsKey(m.from()) || !nextControls.containsKey(m.to())) {
                throw new IllegalArgumentException(
                        "mapping " + m.from() + " -> " + m.to() + " names an unknown control");
            }
        }
        Map<String, Framework> nextFrameworks = new LinkedHashMap<>(frameworks);
        nextFrameworks.put(framework.id(), framework);
        List<Mapping> nextMappings = new ArrayList<>(mappings);
        nextMappings.addAll(newMappings);
        controls = nextControls;
        mappings = List.copyOf(nextMappings);
        frameworks = nextFrameworks;
    }

    /**
     * One framework in the shape of {@code catalogue/catalogue.json}'s {@code frameworks} items, checked as
     * the shipped catalogue is.
     *
     * @throws IllegalStateException listing every problem, each with its JSON path
     */
    public static Framework readFramework(byte[] json, String source) {
        byte[] doc = ("{\"frameworks\": [" + new String(json, java.nio.charset.StandardCharsets.UTF_8) + "]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return CatalogueReader.read(doc, source).frameworks().get(0);
    }

    /**
     * The catalogue shipped in the jar.
     *
     * @throws IllegalStateException when the resource is missing or inconsistent (a build defect)
     */
    public static Catalogue shipped() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return CatalogueReader.read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    /** @throws NotFoundException naming the known frameworks */
    public Framework framework(String id) {
        Framework f = frameworks.get(id);
        if (f == null) {
            throw new NotFoundException("no framework '" + id + "'; known: " + String.join(", ", frameworks.keySet()));
        }
        return f;
    }

    public boolean hasFramework(String id) {
        return frameworks.containsKey(id);
    }

    public Optional<Control> find(ControlRef ref) {
        return Optional.ofNullable(controls.get(ref));
    }

    /** @throws NotFoundException when the framework or the control is unknown */
    public Control control(ControlRef ref) {
        framework(ref.framework());
        return find(ref)
                .orElseThrow(() ->
                        new NotFoundException("no control '" + ref.control() + "' in framework " + ref.framework()));
    }

    /** Every mapping. */
    public List<Mapping> mappings() {
        return mappings;
    }

    /** The mappings with {@code ref} at either end. */
    public List<Mapping> mappings(ControlRef ref) {
        return mappings.stream()
                .filter(m -> m.from().equals(ref) || m.to().equals(ref))
                .toList();
    }

    /** {@code ref} and every control that evidence on {@code ref} also counts for. */
    public Set<ControlRef> evidenceReach(ControlRef ref) {
        Set<ControlRef> out = new LinkedHashSet<>(List.of(ref));
        for (Mapping m : mappings(ref)) {
            if (m.carriesEvidence(ref, m.otherEnd(ref))) {
                out.add(m.otherEnd(ref));
            }
        }
        return out;
    }

    /** {@code ref} and every control whose evidence also counts for {@code ref}. */
    public Set<ControlRef> evidenceSources(ControlRef ref) {
        Set<ControlRef> out = new LinkedHashSet<>(List.of(ref));
        for (Mapping m : mappings(ref)) {
            if (m.carriesEvidence(m.otherEnd(ref), ref)) {
                out.add(m.otherEnd(ref));
            }
        }
        return out;
    }

    /** The controls of {@code frameworkIds}, in catalogue order. */
    public List<Control> controlsOf(List<String> frameworkIds) {
        List<Control> out = new ArrayList<>();
        frameworkIds.forEach(id -> out.addAll(framework(id).controls()));
        return out;
    }
}
