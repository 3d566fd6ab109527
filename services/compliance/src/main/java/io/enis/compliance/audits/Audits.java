package io.enis.compliance.audits;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.evidence.EvidenceRepository;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Audits: creation, the workflow, assessors' decisions on controls, and every control's status at any
 * date. Each change is one transaction with its audit-log entry; a refused request changes nothing and
 * appends nothing.
 */
public final class Audits {
    private final Jdbi jdbi;
    private final AuditStore store;
    private final EvidenceRepository evidence;
    private final Catalogue catalogue;
    private final AuditLog log;
    private final Clock clock;
    private final AuditRequests requests;
    private final Assessor assessor;

    public Audits(
            Jdbi jdbi, AuditStore store, EvidenceRepository evidence, Catalogue catalogue, AuditLog log, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.log = log;
        this.clock = clock;
        this.requests = new AuditRequests(catalogue);
        this.assessor = new Assessor(catalogue);
    }

    /** All controls of an audit's frameworks at a date. */
    public record StatusReport(Audit audit, String asOf, List<ControlStatus> controls) {
        /** The report as the API shows it. */
        public Map<String, Object> view() {
            return Json.object(
                    "audit",
                    audit.id(),
                    "asOf",
                    asOf,
                    "controls",
                    controls.stream().map(ControlStatus::view).toList());
        }
    }

    /**
     * Creates a planned audit from {@code {"name", "scope", "frameworks"}}.
     *
     * @throws io.enis.kit.domain.InvalidInputException naming each bad field (an unknown framework included)
     */
    public Audit create(Actor actor, JsonNode body) {
        var request = requests.newAudit(body);
        long now = clock.millis();
        Audit audit = new Audit(
                "aud_" + UUID.randomUUID().toString().replace("-", ""),
                request.name(),
                request.scope(),
                request.frameworks(),
                AuditStatus.PLANNED,
                now,
                now,
                actor.id());
        jdbi.useTransaction(h -> {
            store.insert(h, audit);
            log.append(h, actor, "audit.created", subject(audit.id()), null, audit.view());
        });
        return audit;
    }

    public List<Audit> all() {
        return store.all();
    }

    /** @throws NotFoundException when there is no such audit */
    public Audit get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no audit '" + id + "'"));
    }

    /**
     * Moves an audit along its workflow ({@code {"status": "in_review"}}).
     *
     * @throws ConflictException naming {@code status} when the move is not allowed from where it is
     */
    public Audit transition(Actor actor, String id, JsonNode body) {
        AuditStatus target = requests.status(body);
        return jdbi.inTransaction(h -> {
            Audit audit = store.find(h, id).orElseThrow(() -> new NotFoundException("no audit '" + id + "'"));
            if (!audit.status().canMoveTo(target)) {
                throw new ConflictException(
                        "audit " + id + " cannot move from " + audit.status().label() + " to " + target.label(),
                        List.of(new Violation(
                                "status",
                                audit.status().next().isEmpty()
                                        ? "the audit is completed; it moves no more"
                                        : "allowed from " + audit.status().label() + ": "
                                                + String.join(
                                                        ", ",
                                                        audit.status().next().stream()
                                                                .map(AuditStatus::label)
                                                                .toList()))));
            }
            Audit next = audit.withStatus(target, clock.millis());
            if (!store.updateStatus(h, audit, next)) {
                throw new ConflictException("audit " + id + " changed meanwhile; read it again");
            }
            log.append(
                    h,
                    actor,
                    "audit.status_changed",
                    subject(id),
                    Json.object("status", audit.status()),
                    Json.object("status", target));
            return next;
        });
    }

    /**
     * Records an assessor's decision on a control and answers the control's status now.
     *
     * @throws NotFoundException when the audit is unknown or the control is not in its frameworks
     * @throws ConflictException when the audit is completed
     * @throws io.enis.kit.domain.InvalidInputException for a waiver without justification, approver or expiry
     */
    public ControlStatus decide(Actor actor, String id, String framework, String control, JsonNode body) {
        Audit audit = get(id);
        ControlRef ref = controlOf(audit, framework, control).ref();
        Decision decision = requests.decision(body, ref, clock.millis(), actor.id());
        jdbi.useTransaction(h -> {
            store.lockOpen(h, id);
            var before = store.latestDecision(h, id, ref).map(Decision::view).orElse(null);
            store.insert(h, id, decision);
            log.append(h, actor, "control.decided", subject(id) + "/controls/" + ref, before, decision.view());
        });
        return status(id, framework, control, null);
    }

    /** Every control of the audit (or of one of its frameworks) at {@code asOf} (RFC 3339; absent: now). */
    public StatusReport statuses(String id, String framework, String asOf) {
        Audit audit = get(id);
        List<String> frameworks = framework == null ? audit.frameworks() : List.of(frameworkOf(audit, framework));
        long at = AsOf.parse(asOf, clock);
        var controls = assessor.assess(
                catalogue.controlsOf(frameworks), store.decisions(id, at), evidence.forAudit(id, at), at);
        return new StatusReport(audit, Instant.ofEpochMilli(at).toString(), controls);
    }

    /** One control of the audit at {@code asOf}. */
    public ControlStatus status(String id, String framework, String control, String asOf) {
        Audit audit = get(id);
        Control c = controlOf(audit, framework, control);
        long at = AsOf.parse(asOf, clock);
        return assessor.assess(List.of(c), store.decisions(id, at), evidence.forAudit(id, at), at)
                .get(0);
    }

    /** @throws ConflictException when {@code audit} is completed */
    public static void requireOpen(Audit audit) {
        if (audit.status() == AuditStatus.COMPLETED) {
            throw new ConflictException("audit " + audit.id() + " is completed; it changes no more");
        }
    }

    private String frameworkOf(Audit audit, String framework) {
        catalogue.framework(framework);
        if (!audit.frameworks().contains(framework)) {
            throw new NotFoundException("framework " + framework + " is not part of audit " + audit.id()
                    + " (its frameworks: " + String.join(", ", audit.frameworks()) + ")");
        }
        return framework;
    }

    private Control controlOf(Audit audit, String framework, String control) {
        return catalogue.control(new ControlRef(frameworkOf(audit, framework), control));
    }

    private static String subject(String auditId) {
        return "audit/" + auditId;
    }
}
