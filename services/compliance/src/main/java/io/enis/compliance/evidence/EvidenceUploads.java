package io.enis.compliance.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.audits.AuditStore;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Fields;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Evidence people bring: uploaded files (kept in the {@link EvidenceStore} by content) and links to
 * documents kept elsewhere, each with its SHA-256, when and by whom it was collected, and the controls
 * it supports. A file whose bytes do not hash to the declared SHA-256 is refused; so is a link without
 * one. Each piece is one transaction with its audit-log entry.
 */
public final class EvidenceUploads {
    static final Pattern TITLE = Pattern.compile("[^\\p{Cntrl}]{1,300}");
    static final Pattern COLLECTOR = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_CONTROLS = 100;
    /** Clocks differ: a collection time this far ahead of ours is still accepted. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final AuditStore audits;
    private final EvidenceRepository evidence;
    private final EvidenceStore store;
    private final Catalogue catalogue;
    private final AuditLog log;
    private final Clock clock;

    public EvidenceUploads(
            Jdbi jdbi,
            AuditStore audits,
            EvidenceRepository evidence,
            EvidenceStore store,
            Catalogue catalogue,
            AuditLog log,
            Clock clock) {
        this.jdbi = jdbi;
        this.audits = audits;
        this.evidence = evidence;
        this.store = store;
        this.catalogue = catalogue;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The parameters of a file upload, as given (query parameters).
     *
     * @param controls comma-separated {@code FRAMEWORK:CONTROL} references
     * @param type     an {@link EvidenceType} label, or {@code null}
     */
    public record FileUpload(
            String title, String controls, String sha256, String collectedAt, String collector, String type) {
        /** An upload without a type. */
        public FileUpload(String title, String controls, String sha256, String collectedAt, String collector) {
            this(title, controls, sha256, collectedAt, collector, null);
        }
    }

    /**
     * Stores an uploaded file and records it.
     *
     * @throws InvalidInputException naming {@code sha256} when the body hashes otherwise, or any other bad parameter
     * @throws NotFoundException for an unknown audit
     * @throws io.enis.kit.domain.ConflictException when the audit is completed
     */
    public Evidence upload(Actor actor, String auditId, FileUpload upload, byte[] content) {
        Fields f = new Fields();
        String title = text(f, upload.title(), "title", TITLE, "1-300 characters without control characters");
        List<ControlRef> controls = controlList(f, upload.controls());
        String declared = text(f, upload.sha256(), "sha256", SHA, "64 lower-case hex digits: the SHA-256 of the body");
        long collectedAt = collectedAt(f, upload.collectedAt());
        String collector = upload.collector() == null
                ? actor.name()
                : text(f, upload.collector(), "collector", COLLECTOR, "1-200 characters without control characters");
        EvidenceType type = type(f, upload.type());
        if (content.length == 0) {
            f.reject("body", "the file's bytes are required");
        }
        String actual = Sha256.hex(content);
        if (declared != null && content.length > 0 && !declared.equals(actual)) {
            f.reject("sha256", "does not match the body, whose SHA-256 is " + actual);
        }
        f.throwIfInvalid();
        Audits.requireOpen(audits.find(auditId).orElseThrow(() -> new NotFoundException("no audit '" + auditId + "'")));
        EvidenceStore.Stored stored = store.put(actual, content);
        long now = clock.millis();
        Evidence e = new Evidence(
                newId(),
                auditId,
                EvidenceKind.FILE,
                title,
                EvidenceResult.PASS,
                "file:" + UUID.randomUUID(),
                actual,
                (long) content.length,
                stored.location(),
                null,
                collector,
                collectedAt,
                now,
                stored.retainUntilMs(),
                null,
                controls,
                type);
        return record(actor, e);
    }

    /**
     * Records a link ({@code {"title", "url", "sha256", "controls": [...], "collectedAt", "collector"}}).
     *
     * @throws InvalidInputException naming each bad field
     */
    public Evidence link(Actor actor, String auditId, JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String title = f.requiredText(body, "title", "title", TITLE, "1-300 characters without control characters");
        String url = f.requiredText(
                body, "url", "url", Pattern.compile("https?://[^\\s]{1,1990}"), "an http:// or https:// URL");
        if (url != null) {
            try {
                URI.create(url);
            } catch (IllegalArgumentException e) {
                f.reject("url", "must be a valid URL");
            }
        }
        String sha = f.requiredText(
                body, "sha256", "sha256", SHA, "64 lower-case hex digits: the SHA-256 of the linked document");
        List<ControlRef> controls = controlArray(f, body.get("controls"));
        long collectedAt = collectedAt(
                f,
                body.hasNonNull("collectedAt") && body.get("collectedAt").isTextual()
                        ? body.get("collectedAt").asText()
                        : null);
        if (body.hasNonNull("collectedAt") && !body.get("collectedAt").isTextual()) {
            f.reject("collectedAt", "must be an RFC 3339 timestamp such as 2025-01-21T10:00:00Z");
        }
        String collector = f.optionalText(
                body, "collector", "collector", COLLECTOR, "1-200 characters without control characters");
        EvidenceType type = null;
        if (body.hasNonNull("type")) {
            type = type(f, body.get("type").isTextual() ? body.get("type").asText() : "");
        }
        f.throwIfInvalid();
        audits.find(auditId).orElseThrow(() -> new NotFoundException("no audit '" + auditId + "'"));
        long now = clock.millis();
        Evidence e = new Evidence(
                newId(),
                auditId,
                EvidenceKind.LINK,
                title,
                EvidenceResult.PASS,
                "link:" + UUID.randomUUID(),
                sha,
                null,
                null,
                url,
                collector == null ? actor.name() : collector,
                collectedAt,
                now,
                null,
                null,
                controls,
                type);
        return record(actor, e);
    }

    private Evidence record(Actor actor, Evidence e) {
        jdbi.useTransaction(h -> {
            audits.lockOpen(h, e.auditId());
            evidence.insert(h, List.of(e));
            log.append(h, actor, "evidence.recorded", "audit/" + e.auditId() + "/evidence/" + e.id(), null, e.view());
        });
        return e;
    }

    /** The evidence of an audit, oldest first. */
    public List<Evidence> list(String auditId) {
        audits.find(auditId).orElseThrow(() -> new NotFoundException("no audit '" + auditId + "'"));
        return evidence.forAudit(auditId, Long.MAX_VALUE);
    }

    /** @throws NotFoundException when the audit or the evidence is unknown */
    public Evidence get(String auditId, String id) {
        return evidence.find(auditId, id)
                .orElseThrow(() -> new NotFoundException("no evidence '" + id + "' in audit '" + auditId + "'"));
    }

    /** The bytes of an uploaded file. @throws NotFoundException for unknown evidence or one that is not a file */
    public byte[] content(String auditId, String id) {
        Evidence e = get(auditId, id);
        if (e.location() == null) {
            throw new NotFoundException("evidence '" + id + "' is a " + e.kind().label() + ", not a file");
        }
        return store.get(e.location());
    }

    private static String newId() {
        return "evd_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String text(Fields f, String value, String field, Pattern pattern, String allowed) {
        if (value == null) {
            f.reject(field, "is required");
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            f.reject(field, "must be " + allowed);
            return null;
        }
        return value;
    }

    /** The type labelled {@code label} ({@code null}: none); scans are the only infrastructure scans. */
    private static EvidenceType type(Fields f, String label) {
        if (label == null) {
            return null;
        }
        var type = EvidenceType.parse(label).filter(t -> t != EvidenceType.INFRASTRUCTURE_SCAN);
        if (type.isEmpty()) {
            f.reject(
                    "type",
                    "must be one of " + EvidenceType.LABELS.replace(EvidenceType.INFRASTRUCTURE_SCAN.label() + ", ", "")
                            + " (infrastructure_scan evidence comes from POST /v1/compliance/audit/{id}/scan)");
            return null;
        }
        return type.get();
    }

    private long collectedAt(Fields f, String text) {
        long now = clock.millis();
        if (text == null) {
            return now;
        }
        try {
            long at = OffsetDateTime.parse(text).toInstant().toEpochMilli();
            if (at > now + CLOCK_SKEW.toMillis()) {
                f.reject("collectedAt", "is in the future (now is " + Instant.ofEpochMilli(now) + ")");
            }
            return at;
        } catch (DateTimeParseException e) {
            f.reject("collectedAt", "must be an RFC 3339 timestamp such as 2025-01-21T10:00:00Z");
            return now;
        }
    }

    private List<ControlRef> controlList(Fields f, String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            f.reject("controls", "is required: comma-separated FRAMEWORK:CONTROL references such as ISO27001:A.8.13");
            return List.of();
        }
        String[] parts = commaSeparated.split(",", -1);
        List<ControlRef> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            control(f, parts[i].trim(), "controls[" + i + "]", out);
        }
        limit(f, out);
        return out;
    }

    private List<ControlRef> controlArray(Fields f, JsonNode list) {
        List<ControlRef> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.reject("controls", "must be a non-empty array of FRAMEWORK:CONTROL references such as ISO27001:A.8.13");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                f.reject("controls[" + i + "]", "must be a string FRAMEWORK:CONTROL");
            } else {
                control(f, list.get(i).asText(), "controls[" + i + "]", out);
            }
        }
        limit(f, out);
        return out;
    }

    private void control(Fields f, String text, String path, List<ControlRef> out) {
        var ref = ControlRef.parse(text).filter(r -> catalogue.find(r).isPresent());
        if (ref.isEmpty()) {
            f.reject(
                    path,
                    "'" + text
                            + "' is not a control of the catalogue (FRAMEWORK:CONTROL, see /v1/compliance/frameworks)");
        } else if (out.contains(ref.get())) {
            f.reject(path, "'" + text + "' is listed twice");
        } else {
            out.add(ref.get());
        }
    }

    private static void limit(Fields f, List<ControlRef> out) {
        if (out.size() > MAX_CONTROLS) {
            f.reject("controls", "at most " + MAX_CONTROLS + " controls");
        }
    }
}
