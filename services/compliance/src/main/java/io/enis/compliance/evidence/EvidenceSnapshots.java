package io.enis.compliance.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last evidence rows read per audit, each with the watermark they were read at (the audit log's head:
 * it grows with every recorded change, evidence included). A snapshot is answered only for the same
 * watermark, so a change anywhere — on this replica or another one sharing the database — makes the next
 * read go to the database. At most {@link #CAPACITY} audits are kept, the least recently read leaving first.
 * Thread-safe.
 */
final class EvidenceSnapshots {
    /** How many audits' evidence is kept. */
    static final int CAPACITY = 8;

    private record Snapshot(long watermark, List<Evidence> rows) {}

    private final Map<String, Snapshot> byAudit = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Every evidence row of {@code auditId} read at {@code watermark}, or {@code null} when none is kept. */
    synchronized List<Evidence> get(String auditId, long watermark) {
        Snapshot s = byAudit.get(auditId);
        return s != null && s.watermark() == watermark ? s.rows() : null;
    }

    /** Keeps {@code rows} (every evidence row of {@code auditId}, read after {@code watermark} was). */
    synchronized void put(String auditId, long watermark, List<Evidence> rows) {
        byAudit.put(auditId, new Snapshot(watermark, List.copyOf(rows)));
    }
}
