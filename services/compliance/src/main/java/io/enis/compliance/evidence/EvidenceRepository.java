package io.enis.compliance.evidence;

import io.enis.compliance.catalogue.ControlRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The evidence rows of audits and the controls each supports. */
public final class EvidenceRepository {
    private static final String COLUMNS =
            "id, audit_id, kind, title, result, source_key, sha256, size_bytes, location, url, "
                    + "collector, collected_at_ms, recorded_at_ms, retain_until_ms, detail, evidence_type";

    private static final String JOINED_COLUMNS = String.join(
            ", ", Arrays.stream(COLUMNS.split(", ")).map(c -> "e." + c).toList());

    private final Jdbi jdbi;
    private final Watermark watermark;
    private final EvidenceSnapshots snapshots = new EvidenceSnapshots();

    /**
     * What tells whether evidence may have been recorded since a read: a number, read in the reading
     * handle, that changes with every change recorded in the database (the audit log's head sequence,
     * {@link io.enis.compliance.auditlog.AuditLog#headSeq}), or empty when it cannot be known.
     */
    @FunctionalInterface
    public interface Watermark {
        OptionalLong read(Handle h);
    }

    /**
     * @param watermark read before each {@link #forAudit}: while it is unchanged, an audit's evidence is
     *     answered from the rows read last (every insert goes through {@link #insert} in a transaction that
     *     also moves the watermark)
     */
    public EvidenceRepository(Jdbi jdbi, Watermark watermark) {
        this.jdbi = jdbi;
        this.watermark = watermark;
    }

    private static RowMapper<Evidence> mapper(Map<String, List<ControlRef>> controls) {
        return (rs, ctx) -> evidence(rs, controls.getOrDefault(rs.getString("id"), List.of()));
    }

    private static Evidence evidence(ResultSet rs, List<ControlRef> controls) throws SQLException {
        return new Evidence(
                rs.getString("id"),
                rs.getString("audit_id"),
                EvidenceKind.of(rs.getString("kind")),
                rs.getString("title"),
                EvidenceResult.of(rs.getString("result")),
                rs.getString("source_key"),
                rs.getString("sha256"),
                (Long) rs.getObject("size_bytes", Long.class),
                rs.getString("location"),
                rs.getString("url"),
                rs.getString("collector"),
                rs.getLong("collected_at_ms"),
                rs.getLong("recorded_at_ms"),
                (Long) rs.getObject("retain_until_ms", Long.class),
                rs.getString("detail"),
                controls,
                type(rs.getString("evidence_type")));
    }

    private static EvidenceType type(String label) {
        return label == null
                ? null
                : EvidenceType.parse(label)
                        .orElseThrow(() -> new IllegalStateException("unknown evidence type '" + label + "' stored"));
    }

    /** Inserts {@code items} in {@code h}'s transaction, in two batches. */
    public void insert(Handle h, List<Evidence> items) {
        PreparedBatch rows = h.prepareBatch(
                "INSERT INTO evidence (" + COLUMNS + ") VALUES (:id, :auditId, :kind, :title, :result, "
                        + ":sourceKey, :sha256, :sizeBytes, :location, :url, :collector, :collectedAtMs, :recordedAtMs, :retainUntilMs, :detail, :type)");
        PreparedBatch links = h.prepareBatch(
                "INSERT INTO evidence_controls (evidence_id, framework, control_id) VALUES (:e, :f, :c)");
        for (Evidence e : items) {
            rows.bind("id", e.id())
                    .bind("auditId", e.auditId())
                    .bind("kind", e.kind().label())
                    .bind("title", e.title())
                    .bind("result", e.result().label())
                    .bind("sourceKey", e.sourceKey())
                    .bind("sha256", e.sha256())
                    .bind("sizeBytes", e.sizeBytes())
                    .bind("location", e.location())
                    .bind("url", e.url())
                    .bind("collector", e.collector())
                    .bind("collectedAtMs", e.collectedAtMs())
                    .bind("recordedAtMs", e.recordedAtMs())
                    .bind("retainUntilMs", e.retainUntilMs())
                    .bind("detail", e.detailJson())
                    .bind("type", e.type() == null ? null : e.type().label())
                    .add();
            for (ControlRef c : e.controls()) {
                links.bind("e", e.id())
                        .bind("f", c.framework())
                        .bind("c", c.control())
                        .add();
            }
        }
        if (!items.isEmpty()) {
            rows.execute();
            links.execute();
        }
    }

    /**
     * The evidence of {@code auditId} recorded at or before {@code asOfMs}, oldest first (by recorded time,
     * then id). Every row of the audit is read once per {@linkplain #EvidenceRepository(Jdbi, Watermark)
     * watermark} and kept ({@link EvidenceSnapshots}): the rows of an earlier date are a prefix of that
     * list, so reports at any {@code asOf} are answered from it until the next recorded change. Without a
     * watermark (the audit log's head is missing) the rows are read for each call.
     */
    public List<Evidence> forAudit(String auditId, long asOfMs) {
        return jdbi.withHandle(h -> {
            // the watermark before the rows: a change committed in between makes the next call read again
            OptionalLong mark = watermark.read(h);
            if (mark.isEmpty()) {
                return read(h, auditId, asOfMs);
            }
            List<Evidence> all = snapshots.get(auditId, mark.getAsLong());
            if (all == null) {
                all = read(h, auditId, Long.MAX_VALUE);
                snapshots.put(auditId, mark.getAsLong(), all);
            }
            return recordedBy(all, asOfMs);
        });
    }

    /** The prefix of {@code rows} (ordered by recorded time) recorded at or before {@code asOfMs}. */
    private static List<Evidence> recordedBy(List<Evidence> rows, long asOfMs) {
        int lo = 0, hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).recordedAtMs() <= asOfMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == rows.size() ? rows : rows.subList(0, lo);
    }

    /**
     * One query: each evidence row joined with its control links (none: one row without), ordered by recorded
     * time, id, then the link; consecutive rows of one id make one piece of evidence.
     */
    private static List<Evidence> read(Handle h, String auditId, long asOfMs) {
        return h.createQuery(
                        "SELECT " + JOINED_COLUMNS + ", c.framework AS link_framework, c.control_id AS link_control "
                                + "FROM evidence e LEFT JOIN evidence_controls c ON c.evidence_id = e.id "
                                + "WHERE e.audit_id = :a AND e.recorded_at_ms <= :t "
                                + "ORDER BY e.recorded_at_ms, e.id, c.framework, c.control_id")
                .bind("a", auditId)
                .bind("t", asOfMs)
                .scanResultSet((rows, ctx) -> {
                    ResultSet rs = rows.get();
                    List<Evidence> out = new ArrayList<>();
                    Evidence current = null;
                    List<ControlRef> links = new ArrayList<>();
                    while (rs.next()) {
                        if (current == null || !current.id().equals(rs.getString("id"))) {
                            if (current != null) {
                                out.add(current.withControls(links));
                            }
                            current = evidence(rs, List.of());
                            links = new ArrayList<>();
                        }
                        String framework = rs.getString("link_framework");
                        if (framework != null) {
                            links.add(new ControlRef(framework, rs.getString("link_control")));
                        }
                    }
                    if (current != null) {
                        out.add(current.withControls(links));
                    }
                    return out;
                });
    }

    /** One piece of evidence of {@code auditId}. */
    public Optional<Evidence> find(String auditId, String id) {
        return jdbi.withHandle(h -> {
            Map<String, List<ControlRef>> controls = new HashMap<>();
            h.createQuery("SELECT framework, control_id FROM evidence_controls WHERE evidence_id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> new ControlRef(rs.getString(1), rs.getString(2)))
                    .forEach(c ->
                            controls.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
            return h.createQuery("SELECT " + COLUMNS + " FROM evidence WHERE audit_id = :a AND id = :id")
                    .bind("a", auditId)
                    .bind("id", id)
                    .map(mapper(controls))
                    .findOne();
        });
    }
}
