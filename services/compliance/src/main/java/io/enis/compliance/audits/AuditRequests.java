package io.enis.compliance.audits;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.json.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the bodies of audit requests; every error names its field and what is allowed. */
final class AuditRequests {
    static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,2000}");
    private static final int MAX_FRAMEWORKS = 16;

    private final Catalogue catalogue;

    AuditRequests(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record NewAudit(String name, String scope, List<String> frameworks) {}

    /** {@code {"name", "scope", "frameworks": [...]}} */
    NewAudit newAudit(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", NAME, "1-200 characters without control characters");
        String scope = f.requiredText(body, "scope", "scope", TEXT, "1-2000 characters without control characters");
        List<String> frameworks = frameworks(body.get("frameworks"), f);
        f.throwIfInvalid();
        return new NewAudit(name, scope, frameworks);
    }

    private List<String> frameworks(JsonNode list, Fields f) {
        List<String> out = new ArrayList<>();
        String known = String.join(
                ", ", catalogue.frameworks().stream().map(fw -> fw.id()).toList());
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_FRAMEWORKS) {
            f.reject("frameworks", "must be an array of 1 to " + MAX_FRAMEWORKS + " framework ids: " + known);
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (!id.isTextual() || !catalogue.hasFramework(id.asText())) {
                f.reject("frameworks[" + i + "]", "unknown framework " + id + "; allowed: " + known);
            } else if (out.contains(id.asText())) {
                f.reject("frameworks[" + i + "]", "'" + id.asText() + "' is listed twice");
            } else {
                out.add(id.asText());
            }
        }
        return out;
    }

    /** {@code {"status": "in_progress"}} */
    AuditStatus status(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String label = f.requiredText(body, "status", "status", null, null);
        f.throwIfInvalid();
        var status = AuditStatus.of(label);
        if (status.isEmpty()) {
            f.reject("status", "must be " + AuditStatus.allowed());
            f.throwIfInvalid();
        }
        return status.get();
    }

    /**
     * {@code {"status": "waived", "justification", "approver", "expiresAt"}}: a waiver needs all three and
     * an expiry after {@code nowMs}; not_applicable needs a justification.
     */
    Decision decision(JsonNode body, ControlRef control, long nowMs, String decidedBy) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String label = f.requiredText(body, "status", "status", null, null);
        f.throwIfInvalid();
        var kind = DecisionKind.of(label);
        if (kind.isEmpty()) {
            f.reject("status", "must be " + DecisionKind.allowed());
            f.throwIfInvalid();
        }
        boolean waiver = kind.get() == DecisionKind.WAIVED;
        String justification = kind.get() == DecisionKind.AUTOMATIC
                ? f.optionalText(
                        body, "justification", "justification", TEXT, "1-2000 characters without control characters")
                : f.requiredText(
                        body, "justification", "justification", TEXT, "1-2000 characters without control characters");
        String approver = waiver
                ? f.requiredText(body, "approver", "approver", NAME, "1-200 characters without control characters")
                : null;
        Long expires = null;
        if (waiver) {
            if (!body.hasNonNull("expiresAt")) {
                f.reject("expiresAt", "is required: a waiver ends (RFC 3339 timestamp)");
            } else {
                Instant at = f.optionalInstant(body, "expiresAt", "expiresAt").orElse(null);
                if (at != null && at.toEpochMilli() <= nowMs) {
                    f.reject("expiresAt", "must be in the future");
                }
                expires = at == null ? null : at.toEpochMilli();
            }
        }
        f.throwIfInvalid();
        return new Decision(control, kind.get(), justification, approver, expires, nowMs, decidedBy);
    }
}
