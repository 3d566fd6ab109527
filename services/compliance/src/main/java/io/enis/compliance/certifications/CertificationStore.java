package io.enis.compliance.certifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.evidence.EvidenceType;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The {@code certifications} rows and the expiry warnings recorded for them. */
public final class CertificationStore {
    private static final String COLUMNS = "id, holder, level, audit_id, status, issued_at_ms, valid_from_ms, "
            + "expires_at_ms, renewals, requirements, issued_by, revoked_at_ms, revoked_by, revocation_reason";
    private static final String REVOKED = "revoked";
    private static final String ACTIVE = "active";

    private static final RowMapper<Certification> ROW = (rs, ctx) -> new Certification(
            rs.getString("id"),
            rs.getString("holder"),
            CertificationLevel.parse(rs.getString("level"))
                    .orElseThrow(() -> new IllegalStateException("unknown level stored")),
            rs.getString("audit_id"),
            REVOKED.equals(rs.getString("status")),
            rs.getLong("issued_at_ms"),
            rs.getLong("valid_from_ms"),
            rs.getLong("expires_at_ms"),
            rs.getInt("renewals"),
            requirements(rs.getString("requirements")),
            rs.getString("issued_by"),
            (Long) rs.getObject("revoked_at_ms", Long.class),
            rs.getString("revoked_by"),
            rs.getString("revocation_reason"));

    private final Jdbi jdbi;

    public CertificationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts {@code c} in {@code h}'s transaction. */
    public void insert(Handle h, Certification c) {
        h.createUpdate("INSERT INTO certifications (" + COLUMNS + ") VALUES (:id, :holder, :level, :audit, :status, "
                        + ":issuedAt, :validFrom, :expiresAt, :renewals, :requirements, :issuedBy, :revokedAt, "
                        + ":revokedBy, :reason)")
                .bind("id", c.id())
                .bind("holder", c.holder())
                .bind("level", c.level().label())
                .bind("audit", c.auditId())
                .bind("status", c.revoked() ? REVOKED : ACTIVE)
                .bind("issuedAt", c.issuedAtMs())
                .bind("validFrom", c.validFromMs())
                .bind("expiresAt", c.expiresAtMs())
                .bind("renewals", c.renewals())
                .bind("requirements", json(c.requirements()))
                .bind("issuedBy", c.issuedBy())
                .bind("revokedAt", c.revokedAtMs())
                .bind("revokedBy", c.revokedBy())
                .bind("reason", c.revocationReason())
                .execute();
    }

    /** Writes every mutable field of {@code c} (validity, audit, requirements, revocation) in {@code h}'s transaction. */
    public void update(Handle h, Certification c) {
        h.createUpdate(
                        "UPDATE certifications SET audit_id = :audit, status = :status, valid_from_ms = :validFrom, "
                                + "expires_at_ms = :expiresAt, renewals = :renewals, requirements = :requirements, "
                                + "revoked_at_ms = :revokedAt, revoked_by = :revokedBy, revocation_reason = :reason WHERE id = :id")
                .bind("id", c.id())
                .bind("audit", c.auditId())
                .bind("status", c.revoked() ? REVOKED : ACTIVE)
                .bind("validFrom", c.validFromMs())
                .bind("expiresAt", c.expiresAtMs())
                .bind("renewals", c.renewals())
                .bind("requirements", json(c.requirements()))
                .bind("revokedAt", c.revokedAtMs())
                .bind("revokedBy", c.revokedBy())
                .bind("reason", c.revocationReason())
                .execute();
    }

    public Optional<Certification> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM certifications WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    /** The row of {@code id}, locked for the rest of {@code h}'s transaction. */
    public Optional<Certification> lock(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM certifications WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(ROW)
                .findOne();
    }

    /** Every certificate, newest first, at most {@code limit}. */
    public List<Certification> all(int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM certifications ORDER BY issued_at_ms DESC, id LIMIT :limit")
                .bind("limit", limit)
                .map(ROW)
                .list());
    }

    /** The ids of the certificates not revoked that expire in {@code (fromMs, toMs]}. */
    public List<String> activeExpiringIn(long fromMs, long toMs) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM certifications WHERE status = :active "
                        + "AND expires_at_ms > :from AND expires_at_ms <= :to ORDER BY expires_at_ms, id")
                .bind("active", ACTIVE)
                .bind("from", fromMs)
                .bind("to", toMs)
                .mapTo(String.class)
                .list());
    }

    /** The thresholds (days before) already recorded for {@code id}'s expiry at {@code expiresAtMs}. */
    public Set<Integer> warningsRecorded(Handle h, String id, long expiresAtMs) {
        return Set.copyOf(h.createQuery("SELECT days_before FROM certification_warnings "
                        + "WHERE certification_id = :id AND expires_at_ms = :exp")
                .bind("id", id)
                .bind("exp", expiresAtMs)
                .mapTo(Integer.class)
                .list());
    }

    /** Records the warning {@code daysBefore} of {@code id}'s expiry, sent or passed over. */
    public void recordWarning(Handle h, String id, long expiresAtMs, int daysBefore, long nowMs, boolean sent) {
        h.createUpdate("INSERT INTO certification_warnings (certification_id, expires_at_ms, days_before, "
                        + "recorded_at_ms, sent) VALUES (:id, :exp, :days, :now, :sent)")
                .bind("id", id)
                .bind("exp", expiresAtMs)
                .bind("days", daysBefore)
                .bind("now", nowMs)
                .bind("sent", sent)
                .execute();
    }

    private static String json(List<RequirementResult> requirements) {
        return Json.write(requirements.stream().map(RequirementResult::view).toList());
    }

    private static List<RequirementResult> requirements(String json) {
        List<RequirementResult> out = new ArrayList<>();
        for (JsonNode r : Json.parse(json.getBytes(StandardCharsets.UTF_8))) {
            List<String> evidence = new ArrayList<>();
            r.path("evidence").forEach(e -> evidence.add(e.asText()));
            out.add(new RequirementResult(
                    EvidenceType.parse(r.path("type").asText())
                            .orElseThrow(() -> new IllegalStateException("unknown requirement type stored")),
                    r.path("met").asBoolean(),
                    r.path("detail").asText(),
                    evidence));
        }
        return out;
    }
}
