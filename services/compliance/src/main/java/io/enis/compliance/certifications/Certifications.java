package io.enis.compliance.certifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.audits.AuditStore;
import io.enis.compliance.evidence.EvidenceRepository;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.json.Fields;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Certificates: issued at a level only when each of its {@link Requirements requirements} holds in an
 * audit's evidence (otherwise 422 listing each unmet one), valid for the level's years, renewed (the
 * requirements checked again, the validity restarting at the renewal) or revoked with a reason. Every
 * change is one transaction with its audit-log entry and its cloud-bus event
 * ({@code cloud.enis.compliance.certification.issued|renewed|revoked}); a refused request changes nothing.
 */
public final class Certifications {
    static final Pattern HOLDER = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    static final Pattern REASON = Pattern.compile("[^\\p{Cntrl}]{1,1000}");
    static final Pattern AUDIT = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** At most this many certificates are listed. */
    public static final int LIST_LIMIT = 1_000;

    private final Jdbi jdbi;
    private final CertificationStore store;
    private final AuditStore audits;
    private final EvidenceRepository evidence;
    private final AuditLog log;
    private final EventOutbox outbox;
    private final Clock clock;

    public Certifications(
            Jdbi jdbi,
            CertificationStore store,
            AuditStore audits,
            EvidenceRepository evidence,
            AuditLog log,
            EventOutbox outbox,
            Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.audits = audits;
        this.evidence = evidence;
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Issues a certificate ({@code {"holder", "level", "audit"}}).
     *
     * @throws InvalidInputException naming each bad field (an unknown audit included)
     * @throws UnprocessableException {@code requirements-unmet}, a violation {@code requirements.<type>} per unmet
     *     requirement
     */
    public Certification issue(Actor actor, JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String holder = f.requiredText(body, "holder", "holder", HOLDER, "1-200 characters without control characters");
        String levelText = f.requiredText(body, "level", "level", Pattern.compile(".*"), CertificationLevel.LABELS);
        CertificationLevel level = null;
        if (levelText != null) {
            level = CertificationLevel.parse(levelText).orElse(null);
            if (level == null) {
                f.reject("level", "must be one of " + CertificationLevel.LABELS);
            }
        }
        String audit = auditField(f, body, true);
        f.throwIfInvalid();
        long now = clock.millis();
        List<RequirementResult> results = checked(level, audit, now);
        Certification c = new Certification(
                "cert_" + UUID.randomUUID().toString().replace("-", ""),
                holder,
                level,
                audit,
                false,
                now,
                now,
                expiry(now, level),
                0,
                results,
                actor.name(),
                null,
                null,
                null);
        jdbi.useTransaction(h -> {
            store.insert(h, c);
            record(h, actor, "issued", c, null, now);
        });
        return c;
    }

    /**
     * Renews {@code id} ({@code {"audit"}}, optional: the audit whose evidence is checked, default the
     * certificate's): its requirements are checked again and its validity restarts now.
     *
     * @throws NotFoundException for an unknown certificate
     * @throws ConflictException when it is revoked
     * @throws UnprocessableException {@code requirements-unmet} as for {@link #issue}
     */
    public Certification renew(Actor actor, String id, JsonNode body) {
        Fields f = new Fields();
        if (body != null && !body.isMissingNode() && !body.isNull()) {
            f.requireObject(body, "");
        }
        f.throwIfInvalid();
        String audit = body == null ? null : auditField(f, body, false);
        f.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            Certification before = locked(h, id);
            if (before.revoked()) {
                throw new ConflictException("certificate '" + id + "' is revoked; issue a new one");
            }
            long now = clock.millis();
            String auditId = audit == null ? before.auditId() : audit;
            List<RequirementResult> results = checked(before.level(), auditId, now);
            Certification after = new Certification(
                    before.id(),
                    before.holder(),
                    before.level(),
                    auditId,
                    false,
                    before.issuedAtMs(),
                    now,
                    expiry(now, before.level()),
                    before.renewals() + 1,
                    results,
                    before.issuedBy(),
                    null,
                    null,
                    null);
            store.update(h, after);
            record(h, actor, "renewed", after, before, now);
            return after;
        });
    }

    /**
     * Revokes {@code id} ({@code {"reason"}}, required).
     *
     * @throws InvalidInputException naming {@code reason}
     * @throws NotFoundException for an unknown certificate
     * @throws ConflictException when it is revoked already
     */
    public Certification revoke(Actor actor, String id, JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String reason =
                f.requiredText(body, "reason", "reason", REASON, "1-1000 characters without control characters");
        f.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            Certification before = locked(h, id);
            if (before.revoked()) {
                throw new ConflictException("certificate '" + id + "' is revoked already");
            }
            long now = clock.millis();
            Certification after = new Certification(
                    before.id(),
                    before.holder(),
                    before.level(),
                    before.auditId(),
                    true,
                    before.issuedAtMs(),
                    before.validFromMs(),
                    before.expiresAtMs(),
                    before.renewals(),
                    before.requirements(),
                    before.issuedBy(),
                    now,
                    actor.name(),
                    reason);
            store.update(h, after);
            record(h, actor, "revoked", after, before, now);
            return after;
        });
    }

    /** @throws NotFoundException for an unknown certificate */
    public Certification get(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** What anyone may see of {@code id}: holder, level, status and validity. @throws NotFoundException */
    public Map<String, Object> verification(String id) {
        return get(id).publicView(clock.millis());
    }

    /** The signed certificate document of {@code id} ({@link CertificateDocument}). @throws NotFoundException */
    public Map<String, Object> document(String id) {
        return CertificateDocument.sign(get(id), clock.millis(), log.signer());
    }

    /** The newest {@link #LIST_LIMIT} certificates. */
    public List<Certification> list() {
        return store.all(LIST_LIMIT);
    }

    /** The time the service reads statuses at. */
    public long now() {
        return clock.millis();
    }

    /**
     * The requirements of {@code level} as they hold now in {@code auditId}, or the refusal listing the unmet ones.
     */
    private List<RequirementResult> checked(CertificationLevel level, String auditId, long now) {
        if (audits.find(auditId).isEmpty()) {
            throw InvalidInputException.field("audit", "no audit '" + auditId + "'");
        }
        List<RequirementResult> results = Requirements.check(level, evidence.forAudit(auditId, now), now);
        List<Violation> unmet = results.stream()
                .filter(r -> !r.met())
                .map(r -> new Violation("requirements." + r.type().label(), r.detail()))
                .toList();
        if (!unmet.isEmpty()) {
            throw new UnprocessableException(
                    "requirements-unmet",
                    "Certification requirements unmet",
                    "level " + level.label() + " needs " + results.size() + " requirements; " + unmet.size()
                            + " unmet in audit " + auditId,
                    unmet);
        }
        return results;
    }

    private String auditField(Fields f, JsonNode body, boolean required) {
        String allowed = "an audit id (aud_…)";
        return required
                ? f.requiredText(body, "audit", "audit", AUDIT, allowed)
                : f.optionalText(body, "audit", "audit", AUDIT, allowed);
    }

    private Certification locked(Handle h, String id) {
        return store.lock(h, id).orElseThrow(() -> notFound(id));
    }

    private void record(Handle h, Actor actor, String what, Certification after, Certification before, long now) {
        log.append(
                h,
                actor,
                "certification." + what,
                "certification/" + after.id(),
                before == null ? null : before.view(now),
                after.view(now));
        Map<String, Object> data = event(after, now);
        if (after.revoked()) {
            data.put("reason", after.revocationReason());
        }
        outbox.append(h, "certification." + what, after.id(), data);
    }

    /** The data of a certificate's cloud-bus events: its id and public view. */
    static Map<String, Object> event(Certification c, long now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("certification", c.id());
        data.putAll(c.publicView(now));
        return data;
    }

    private static long expiry(long fromMs, CertificationLevel level) {
        return Instant.ofEpochMilli(fromMs)
                .atZone(ZoneOffset.UTC)
                .plusYears(level.years())
                .toInstant()
                .toEpochMilli();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no certificate '" + id + "'");
    }
}
