package io.enis.compliance.catalogue;

import java.util.List;

/**
 * A compliance framework: {@code ISO27001}, {@code SOC2}, ...
 *
 * @param id           upper-case id used in paths and control references (policy's framework names)
 * @param title        human title
 * @param version      the edition the catalogue follows
 * @param description  one sentence
 * @param requirements its requirements, each with its controls
 */
public record Framework(String id, String title, String version, String description, List<Requirement> requirements) {
    public Framework {
        requirements = List.copyOf(requirements);
    }

    /** Every control of every requirement, in catalogue order. */
    public List<Control> controls() {
        return requirements.stream().flatMap(r -> r.controls().stream()).toList();
    }
}
