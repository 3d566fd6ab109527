package io.enis.compliance.oscal;

import io.enis.compliance.audits.Audit;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.audits.ControlStatus;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OSCAL 1.1.3 system security plan skeleton for an audit: the system is the audit's scope, one
 * {@code this-system} component, one user role ({@code compliance-owner}), the information type left for the
 * owner to describe, and an {@code implemented-requirement} for every control of the audit's frameworks with
 * its current status as a property and the status reasons as the component's description; the
 * {@code import-profile} is the OSCAL catalog export of those frameworks. A skeleton: what only people know
 * (information types, impact levels, the boundary's diagram) is marked {@code TODO}.
 */
public final class OscalSystemSecurityPlan {
    private OscalSystemSecurityPlan() {}

    /** The SSP of {@code report}'s audit and controls. */
    public static Map<String, Object> of(Audits.StatusReport report) {
        Audit audit = report.audit();
        String component = OscalIds.uuid("component", audit.id());
        Map<String, Object> ssp = new LinkedHashMap<>();
        ssp.put("uuid", OscalIds.uuid("ssp", audit.id(), report.asOf()));
        ssp.put(
                "metadata",
                OscalMetadata.of(
                        "System security plan (skeleton): " + audit.scope(),
                        Instant.ofEpochMilli(audit.updatedAtMs()),
                        "as of " + report.asOf()));
        ssp.put(
                "import-profile",
                Json.object("href", "/v1/compliance/oscal/catalog?framework=" + String.join(",", audit.frameworks())));
        ssp.put("system-characteristics", characteristics(audit));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("uuid", OscalIds.uuid("user", audit.id()));
        user.put("title", "Compliance owner");
        user.put("role-ids", List.of("compliance-owner"));
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("uuid", component);
        system.put("type", "this-system");
        system.put("title", audit.scope());
        system.put("description", "The system in the scope of audit " + audit.id() + ".");
        system.put("status", Json.object("state", "operational"));
        ssp.put("system-implementation", Json.object("users", List.of(user), "components", List.of(system)));
        ssp.put(
                "control-implementation",
                Json.object(
                        "description",
                        "The controls of " + String.join(", ", audit.frameworks()) + " with their status as of "
                                + report.asOf() + ".",
                        "implemented-requirements",
                        report.controls().stream()
                                .map(c -> requirement(audit, component, c))
                                .toList()));
        return Json.object("system-security-plan", ssp);
    }

    private static Map<String, Object> characteristics(Audit audit) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uuid", OscalIds.uuid("information-type", audit.id()));
        info.put("title", "TODO: information processed by " + audit.scope());
        info.put("description", "TODO: describe the information types and their impact levels.");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(
                "system-ids",
                List.of(Json.object(
                        "identifier-type", "https://ietf.org/rfc/rfc4122", "id", OscalIds.uuid("system", audit.id()))));
        c.put("system-name", audit.scope());
        c.put("description", "Assessed in audit " + audit.name() + " (" + audit.id() + ").");
        c.put("system-information", Json.object("information-types", List.of(info)));
        c.put("status", Json.object("state", "operational"));
        c.put(
                "authorization-boundary",
                Json.object("description", "TODO: the authorization boundary of " + audit.scope() + "."));
        return c;
    }

    private static Map<String, Object> requirement(Audit audit, String component, ControlStatus c) {
        String ref = c.ref();
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("component-uuid", component);
        by.put("uuid", OscalIds.uuid("by-component", audit.id(), ref));
        by.put(
                "description",
                c.reasons().isEmpty() ? ref + " is " + c.status().label() + "." : String.join("\n\n", c.reasons()));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", OscalIds.uuid("implemented-requirement", audit.id(), ref));
        r.put("control-id", OscalIds.control(new ControlRef(c.framework(), c.control())));
        r.put("props", List.of(OscalMetadata.prop("status", c.status().label())));
        r.put("by-components", List.of(by));
        return r;
    }
}
