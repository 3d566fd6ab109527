package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.trend.Attainment;
import io.enis.scorecard.trend.Band;
import io.enis.scorecard.trend.Forecast;
import io.enis.scorecard.trend.PeriodChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluations, forecasts and attainment as the API writes them (schema {@code Panel} and its parts). */
final class EvaluationJson {
    private EvaluationJson() {}

    static Map<String, Object> evaluation(KpiEvaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kpi", KpiJson.kpi(e.kpi()));
        m.put(
                "current",
                e.latest() == null
                        ? null
                        : Json.object(
                                "value",
                                e.latest().value(),
                                "at",
                                e.latest().at().toString()));
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("start", e.period().start().toString());
        period.put("end", e.period().end().toString());
        period.put("value", e.periodValue());
        m.put("period", period);
        m.put("status", e.status().json());
        m.put("change", change(e.change()));
        m.put("sparkline", series(e.sparkline()));
        m.put("forecast", e.forecast() == null ? null : forecast(e.forecast()));
        m.put("forecastNote", e.forecastNote());
        m.put(
                "attainment",
                e.attainment() == null
                        ? null
                        : attainment(e.attainment(), e.kpi().definition().unit().symbol()));
        m.put("attainmentNote", e.attainmentNote());
        m.put("anomalies", anomalies(e.anomalies()));
        return m;
    }

    static Map<String, Object> change(PeriodChange c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previous", c.previous());
        m.put("absolute", c.absolute());
        m.put("percent", c.percent());
        return m;
    }

    static List<Map<String, Object>> series(List<DailySeries.Day> days) {
        return days.stream()
                .map(d -> Map.<String, Object>of("date", d.date().toString(), "value", d.value()))
                .toList();
    }

    static Map<String, Object> forecast(KpiEvaluation.DatedForecast f) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < f.points().size(); i++) {
            Band b = f.points().get(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("date", f.dates().get(i).toString());
            p.put("value", b.value());
            p.put("lower", b.lower());
            p.put("upper", b.upper());
            points.add(p);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", f.forecast().method().json());
        m.put("level", Forecast.LEVEL);
        m.put("points", points);
        return m;
    }

    static Map<String, Object> attainment(Attainment a, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", a.outcome().json());
        m.put("date", a.date() == null ? null : a.date().toString());
        m.put("projected", a.projected());
        m.put("shortfall", a.shortfall());
        m.put("confidence", a.confidence());
        m.put("sentence", a.sentence(unit));
        return m;
    }

    static List<Map<String, Object>> anomalies(List<KpiEvaluation.DatedFlag> flags) {
        return flags.stream()
                .map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("date", f.date().toString());
                    m.put("value", f.flag().value());
                    m.put("median", f.flag().median());
                    m.put("z", f.flag().z());
                    return m;
                })
                .toList();
    }
}
