package io.enis.policy;

/**
 * One control of a framework that a rule supports, e.g. CIS AWS 2.1.1.
 *
 * @param framework the framework
 * @param id the control's identifier in that framework
 */
public record Control(Framework framework, String id) {
    public static Control cis(String id) {
        return new Control(Framework.CIS_AWS, id);
    }

    public static Control soc2(String id) {
        return new Control(Framework.SOC2, id);
    }

    public static Control iso(String id) {
        return new Control(Framework.ISO27001, id);
    }

    public static Control hipaa(String id) {
        return new Control(Framework.HIPAA, id);
    }

    public static Control pci(String id) {
        return new Control(Framework.PCI_DSS, id);
    }

    public static Control gdpr(String id) {
        return new Control(Framework.GDPR, id);
    }

    @Override
    public String toString() {
        return framework.name() + " " + id;
    }
}
