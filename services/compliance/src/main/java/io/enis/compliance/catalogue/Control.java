package io.enis.compliance.catalogue;

/**
 * One control of a framework.
 *
 * @param framework     the framework's id ({@code ISO27001})
 * @param requirement   the id of the requirement grouping it ({@code A.8})
 * @param id            the control's id in its framework ({@code A.8.24})
 * @param title         a short paraphrase (never the standard's text)
 * @param freshnessDays how long evidence on it stays current; older evidence no longer passes it
 */
public record Control(String framework, String requirement, String id, String title, int freshnessDays) {
    /** This control as a reference. */
    public ControlRef ref() {
        return new ControlRef(framework, id);
    }
}
