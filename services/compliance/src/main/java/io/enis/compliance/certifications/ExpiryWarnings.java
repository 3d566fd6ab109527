package io.enis.compliance.certifications;

import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.kit.events.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/**
 * Warns of certificates about to expire: {@value #FIRST}, 30 and 7 days before, each once per
 * validity period (a renewal moves the expiry, and the warnings start over), as the cloud-bus event
 * {@code cloud.enis.compliance.certification.expiring} with an audit-log entry, in one transaction.
 * When several thresholds are crossed at once (the service was down, or the certificate was issued
 * close to its expiry) only the closest is sent; the others are recorded as passed over. Revoked and
 * expired certificates get none. Run on the lease holder only ({@link CertificationJobs}).
 */
public final class ExpiryWarnings {
    /** The days before expiry at which a warning is sent, farthest first. */
    public static final List<Integer> DAYS_BEFORE = List.of(90, 30, 7);

    static final int FIRST = 90;

    private final Jdbi jdbi;
    private final CertificationStore store;
    private final AuditLog log;
    private final EventOutbox outbox;
    private final Clock clock;

    public ExpiryWarnings(Jdbi jdbi, CertificationStore store, AuditLog log, EventOutbox outbox, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends the warnings that are due now; returns how many were sent. */
    public int sendDue() {
        long now = clock.millis();
        int sent = 0;
        for (String id :
                store.activeExpiringIn(now, now + Duration.ofDays(FIRST).toMillis())) {
            sent += warn(id, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean warn(String id, long now) {
        return jdbi.inTransaction(h -> {
            Certification c = store.lock(h, id).orElse(null);
            if (c == null || c.status(now) != CertificationStatus.ACTIVE) {
                return false;
            }
            long left = c.expiresAtMs() - now;
            Set<Integer> recorded = store.warningsRecorded(h, id, c.expiresAtMs());
            TreeSet<Integer> due = new TreeSet<>();
            for (int days : DAYS_BEFORE) {
                if (left <= Duration.ofDays(days).toMillis() && !recorded.contains(days)) {
                    due.add(days);
                }
            }
            if (due.isEmpty()) {
                return false;
            }
            int closest = due.first();
            for (int days : due) {
                store.recordWarning(h, id, c.expiresAtMs(), days, now, days == closest);
            }
            Map<String, Object> data = Certifications.event(c, now);
            data.put("daysBefore", closest);
            data.put("daysLeft", Duration.ofMillis(left).toDays());
            log.append(h, Actor.SYSTEM, "certification.expiring", "certification/" + id, null, data);
            outbox.append(h, "certification.expiring", id, data);
            return true;
        });
    }
}
