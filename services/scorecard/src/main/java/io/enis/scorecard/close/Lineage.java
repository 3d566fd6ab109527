package io.enis.scorecard.close;

import io.enis.kit.json.Json;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The lineage of a snapshot: its KPI definition in canonical form and the hash that pins its inputs.
 * The hash is SHA-256 of the UTF-8 text {@code <definition JSON>\n} followed by one line per input,
 * oldest first, {@code <epoch milliseconds> <value as Java's Double.toString>\n}; anyone holding the
 * inputs can recompute it.
 */
public final class Lineage {
    /** The source of values recorded through the API (a pulled KPI names its query instead: {@link Sources}). */
    public static final String RECORDED_VALUES = "recorded values (POST /v1/analytics/kpis/{id}/values)";

    private Lineage() {}

    /** Where a KPI's values come from, as a snapshot's {@code source} names it. */
    @FunctionalInterface
    public interface Sources {
        /** Every KPI's values are recorded through the API. */
        Sources RECORDED = (h, kpiId) -> Optional.empty();

        /** The source of {@code kpiId}'s values (a PromQL query), empty for {@link #RECORDED_VALUES}. */
        Optional<String> of(Handle h, String kpiId);
    }

    /** The definition as canonical JSON: fixed key order, no whitespace. */
    public static String definition(KpiDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", d.unit().symbol());
        m.put("target", d.target());
        m.put("direction", d.direction().json());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("mode", d.thresholds().mode().json());
        t.put("atRisk", d.thresholds().atRisk());
        t.put("offTrack", d.thresholds().offTrack());
        m.put("thresholds", t);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("granularity", d.period().granularity().json());
        p.put("mode", d.period().mode().json());
        m.put("period", p);
        m.put("cumulative", d.cumulative());
        return Json.write(m);
    }

    /** The hex SHA-256 of {@code definition} and {@code inputs} (oldest first). */
    public static String hash(String definition, List<Value> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((definition + "\n").getBytes(StandardCharsets.UTF_8));
            for (Value v : inputs) {
                sha.update((v.at().toEpochMilli() + " " + v.value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
