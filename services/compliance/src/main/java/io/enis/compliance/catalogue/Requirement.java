package io.enis.compliance.catalogue;

import java.util.List;

/** A group of controls in a framework: a chapter, a criterion, a numbered requirement. */
public record Requirement(String id, String title, List<Control> controls) {
    public Requirement {
        controls = List.copyOf(controls);
    }
}
