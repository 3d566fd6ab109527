package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.pull.SourceStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** KPIs and values as the API writes them (schemas {@code Kpi} and {@code Value} of openapi/scorecard.json). */
final class KpiJson {
    private KpiJson() {}

    static Map<String, Object> kpi(Kpi kpi) {
        KpiDefinition d = kpi.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", kpi.id());
        m.put("name", d.name());
        m.put("description", d.description());
        m.put("unit", d.unit().symbol());
        m.put("target", d.target());
        m.put("direction", d.direction().json());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("mode", d.thresholds().mode().json());
        t.put("atRisk", d.thresholds().atRisk());
        t.put("offTrack", d.thresholds().offTrack());
        t.put("atRiskValue", d.thresholds().atRiskValue(d.target()));
        t.put("offTrackValue", d.thresholds().offTrackValue(d.target()));
        m.put("thresholds", t);
        m.put("owner", d.owner());
        m.put("tags", d.tags());
        m.put(
                "period",
                Json.object(
                        "granularity",
                        d.period().granularity().json(),
                        "mode",
                        d.period().mode().json()));
        m.put("cumulative", d.cumulative());
        m.put("createdAt", kpi.createdAt().toString());
        return m;
    }

    /** A KPI with its PromQL source and pull state ({@code source}; absent for a KPI whose values are recorded). */
    static Map<String, Object> kpi(Kpi kpi, SourceStatus source) {
        Map<String, Object> m = kpi(kpi);
        if (source != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("promql", source.source().promql());
            s.put("every", source.source().everyText());
            if (source.source().unit() != null) {
                s.put("unit", source.source().unit().symbol());
            }
            s.put("lastPullAt", text(source.lastPullAt()));
            s.put("watermark", text(source.watermark()));
            s.put("lastValue", source.lastValue());
            s.put("lastError", source.lastError());
            s.put("nextPullAt", source.nextPullAt().toString());
            s.put("stale", source.stale());
            m.put("source", s);
        }
        return m;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    static Map<String, Object> value(Value v) {
        return Json.object(
                "at",
                v.at().toString(),
                "value",
                v.value(),
                "recordedAt",
                v.recordedAt().toString());
    }

    static List<Map<String, Object>> values(List<Value> values) {
        return values.stream().map(KpiJson::value).toList();
    }
}
