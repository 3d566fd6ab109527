package io.enis.compliance.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One piece of evidence in an audit, on the controls it supports.
 *
 * @param sourceKey     what it is the latest word on: a rule and stack for scans ({@code scan:ENIS-S3-001:prod}),
 *                      its own id for uploads; only the newest evidence of a key counts
 * @param sha256        the file's hash, the linked document's declared hash, or the scanned document's hash
 * @param location      where the file is kept (files only)
 * @param url           the linked document (links only)
 * @param collector     who or what collected it
 * @param collectedAtMs when it was collected; its age decides freshness
 * @param recordedAtMs  when the service recorded it; "as of" views see only what was recorded by then
 * @param retainUntilMs until when the store keeps it unchangeable (files), else {@code null}
 * @param detailJson    kind-specific detail as JSON (a scan's findings), or {@code null}
 * @param type          what it proves for the certification levels, or {@code null}
 */
public record Evidence(
        String id,
        String auditId,
        EvidenceKind kind,
        String title,
        EvidenceResult result,
        String sourceKey,
        String sha256,
        Long sizeBytes,
        String location,
        String url,
        String collector,
        long collectedAtMs,
        long recordedAtMs,
        Long retainUntilMs,
        String detailJson,
        List<ControlRef> controls,
        EvidenceType type) {
    public Evidence {
        controls = List.copyOf(controls);
    }

    /** The same evidence on {@code controls}. */
    public Evidence withControls(List<ControlRef> controls) {
        return new Evidence(
                id,
                auditId,
                kind,
                title,
                result,
                sourceKey,
                sha256,
                sizeBytes,
                location,
                url,
                collector,
                collectedAtMs,
                recordedAtMs,
                retainUntilMs,
                detailJson,
                controls,
                type);
    }

    /** The evidence as the API (and the audit log) shows it. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("audit", auditId);
        m.put("kind", kind);
        m.put("type", type);
        m.put("title", title);
        m.put("result", result);
        m.put("sha256", sha256);
        m.put("sizeBytes", sizeBytes);
        m.put("url", url);
        m.put("collector", collector);
        m.put("collectedAt", Instant.ofEpochMilli(collectedAtMs).toString());
        m.put("recordedAt", Instant.ofEpochMilli(recordedAtMs).toString());
        m.put(
                "retainUntil",
                retainUntilMs == null
                        ? null
                        : Instant.ofEpochMilli(retainUntilMs).toString());
        m.put("controls", controls.stream().map(ControlRef::toString).toList());
        m.put("detail", detail());
        return m;
    }

    private Object detail() {
        if (detailJson == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(detailJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence " + id + " has a detail that is not JSON", e);
        }
    }
}
