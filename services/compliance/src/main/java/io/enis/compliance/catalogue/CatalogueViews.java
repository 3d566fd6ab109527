package io.enis.compliance.catalogue;

import io.enis.compliance.scan.PolicyCoverage;
import java.util.List;

/**
 * What the catalogue endpoints answer, built from the {@link Catalogue} and the policy rules that check
 * its controls.
 */
public final class CatalogueViews {
    private final Catalogue catalogue;
    private final PolicyCoverage coverage;

    public CatalogueViews(Catalogue catalogue, PolicyCoverage coverage) {
        this.catalogue = catalogue;
        this.coverage = coverage;
    }

    /** A framework without its controls. */
    public record FrameworkSummary(
            String id, String title, String version, String description, int requirements, int controls) {}

    /** A framework with its requirements and their controls. */
    public record FrameworkDetail(
            String id, String title, String version, String description, List<RequirementView> requirements) {}

    public record RequirementView(String id, String title, List<ControlView> controls) {}

    /**
     * A control with the policy rules checking it automatically and its mappings.
     *
     * @param automatedBy ids of the policy rules whose scans are evidence on it
     */
    public record ControlView(
            String framework,
            String requirement,
            String id,
            String ref,
            String title,
            int freshnessDays,
            List<String> automatedBy,
            List<MappingView> mappings) {}

    /**
     * A mapping seen from one of its controls.
     *
     * @param relationship  read "this control is {@code relationship} the other"
     * @param sharesEvidence evidence on this control counts for the other
     * @param receivesEvidence evidence on the other counts for this one
     */
    public record MappingView(
            String framework,
            String control,
            String ref,
            Relationship relationship,
            int strength,
            boolean sharesEvidence,
            boolean receivesEvidence,
            String rationale) {}

    public List<FrameworkSummary> frameworks() {
        return catalogue.frameworks().stream()
                .map(f -> new FrameworkSummary(
                        f.id(),
                        f.title(),
                        f.version(),
                        f.description(),
                        f.requirements().size(),
                        f.controls().size()))
                .toList();
    }

    /** @throws io.enis.kit.domain.NotFoundException for an unknown framework */
    public FrameworkDetail framework(String id) {
        Framework f = catalogue.framework(id);
        return new FrameworkDetail(
                f.id(),
                f.title(),
                f.version(),
                f.description(),
                f.requirements().stream()
                        .map(r -> new RequirementView(
                                r.id(),
                                r.title(),
                                r.controls().stream().map(this::view).toList()))
                        .toList());
    }

    /** @throws io.enis.kit.domain.NotFoundException for an unknown framework */
    public List<ControlView> controls(String framework) {
        return catalogue.framework(framework).controls().stream()
                .map(this::view)
                .toList();
    }

    /** @throws io.enis.kit.domain.NotFoundException for an unknown framework or control */
    public ControlView control(String framework, String control) {
        return view(catalogue.control(new ControlRef(framework, control)));
    }

    /** @throws io.enis.kit.domain.NotFoundException for an unknown framework or control */
    public List<MappingView> mappings(String framework, String control) {
        return mappings(catalogue.control(new ControlRef(framework, control)).ref());
    }

    private ControlView view(Control c) {
        return new ControlView(
                c.framework(),
                c.requirement(),
                c.id(),
                c.ref().toString(),
                c.title(),
                c.freshnessDays(),
                List.copyOf(coverage.rulesFor(c.ref())),
                mappings(c.ref()));
    }

    private List<MappingView> mappings(ControlRef ref) {
        return catalogue.mappings(ref).stream()
                .map(m -> {
                    ControlRef other = m.otherEnd(ref);
                    Relationship seen = m.from().equals(ref) ? m.relationship() : inverse(m.relationship());
                    return new MappingView(
                            other.framework(),
                            other.control(),
                            other.toString(),
                            seen,
                            m.strength(),
                            m.carriesEvidence(ref, other),
                            m.carriesEvidence(other, ref),
                            m.rationale());
                })
                .toList();
    }

    private static Relationship inverse(Relationship r) {
        return switch (r) {
            case SUBSET -> Relationship.SUPERSET;
            case SUPERSET -> Relationship.SUBSET;
            default -> r;
        };
    }
}
