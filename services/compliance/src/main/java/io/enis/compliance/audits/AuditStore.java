package io.enis.compliance.audits;

import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Audits and their control decisions in the service database. */
public final class AuditStore {
    private static final RowMapper<Audit> AUDIT = (rs, ctx) -> new Audit(
            rs.getString("id"),
            rs.getString("name"),
            rs.getString("scope"),
            Arrays.asList(rs.getString("frameworks").split(",")),
            AuditStatus.valueOf(rs.getString("status")),
            rs.getLong("created_at_ms"),
            rs.getLong("updated_at_ms"),
            rs.getString("created_by"));
    private static final RowMapper<Decision> DECISION = (rs, ctx) -> new Decision(
            new ControlRef(rs.getString("framework"), rs.getString("control_id")),
            DecisionKind.valueOf(rs.getString("status")),
            rs.getString("justification"),
            rs.getString("approver"),
            (Long) rs.getObject("expires_at_ms", Long.class),
            rs.getLong("decided_at_ms"),
            rs.getString("decided_by"));

    private final Jdbi jdbi;

    public AuditStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(Handle h, Audit a) {
        h.createUpdate(
                        "INSERT INTO audits (id, name, scope, frameworks, status, created_at_ms, updated_at_ms, created_by) "
                                + "VALUES (:id, :name, :scope, :frameworks, :status, :created, :updated, :by)")
                .bind("id", a.id())
                .bind("name", a.name())
                .bind("scope", a.scope())
                .bind("frameworks", String.join(",", a.frameworks()))
                .bind("status", a.status().name())
                .bind("created", a.createdAtMs())
                .bind("updated", a.updatedAtMs())
                .bind("by", a.createdBy())
                .execute();
    }

    /** Moves {@code a} to {@code next} unless another request changed its status first; false then. */
    boolean updateStatus(Handle h, Audit a, Audit next) {
        return h.createUpdate(
                                "UPDATE audits SET status = :next, updated_at_ms = :at WHERE id = :id AND status = :current")
                        .bind("next", next.status().name())
                        .bind("at", next.updatedAtMs())
                        .bind("id", a.id())
                        .bind("current", a.status().name())
                        .execute()
                == 1;
    }

    void insert(Handle h, String auditId, Decision d) {
        h.createUpdate(
                        "INSERT INTO control_decisions (audit_id, framework, control_id, status, justification, approver, "
                                + "expires_at_ms, decided_at_ms, decided_by) VALUES (:a, :f, :c, :s, :j, :ap, :e, :at, :by)")
                .bind("a", auditId)
                .bind("f", d.control().framework())
                .bind("c", d.control().control())
                .bind("s", d.kind().name())
                .bind("j", d.justification())
                .bind("ap", d.approver())
                .bind("e", d.expiresAtMs())
                .bind("at", d.decidedAtMs())
                .bind("by", d.decidedBy())
                .execute();
    }

    public Optional<Audit> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /**
     * Locks the audit's row for {@code h}'s transaction (a concurrent completion waits) and answers it.
     *
     * @throws NotFoundException when there is no such audit
     * @throws ConflictException when it is completed: it changes no more
     */
    public Audit lockOpen(Handle h, String id) {
        Audit audit = h.createQuery("SELECT * FROM audits WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(AUDIT)
                .findOne()
                .orElseThrow(() -> new NotFoundException("no audit '" + id + "'"));
        Audits.requireOpen(audit);
        return audit;
    }

    Optional<Audit> find(Handle h, String id) {
        return h.createQuery("SELECT * FROM audits WHERE id = :id")
                .bind("id", id)
                .map(AUDIT)
                .findOne();
    }

    public List<Audit> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audits ORDER BY created_at_ms, id")
                .map(AUDIT)
                .list());
    }

    /** Every decision of {@code auditId} taken at or before {@code asOfMs}, in the order they were taken. */
    public List<Decision> decisions(String auditId, long asOfMs) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM control_decisions WHERE audit_id = :a AND decided_at_ms <= :t ORDER BY seq")
                .bind("a", auditId)
                .bind("t", asOfMs)
                .map(DECISION)
                .list());
    }

    Optional<Decision> latestDecision(Handle h, String auditId, ControlRef ref) {
        return h.createQuery(
                        "SELECT * FROM control_decisions WHERE audit_id = :a AND framework = :f AND control_id = :c "
                                + "ORDER BY seq DESC LIMIT 1")
                .bind("a", auditId)
                .bind("f", ref.framework())
                .bind("c", ref.control())
                .map(DECISION)
                .findOne();
    }
}
