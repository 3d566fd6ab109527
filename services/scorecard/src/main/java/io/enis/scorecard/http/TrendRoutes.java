package io.enis.scorecard.http;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.enis.scorecard.Scopes;
import io.enis.scorecard.evaluation.TrendQuery;
import io.enis.scorecard.evaluation.TrendReport;
import io.enis.scorecard.evaluation.TrendService;
import io.enis.scorecard.trend.Method;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/analytics/kpis/{id}/trends}. */
public final class TrendRoutes {
    private final TrendService trends;

    public TrendRoutes(TrendService trends) {
        this.trends = trends;
    }

    public void register(Api api) {
        api.get("/v1/analytics/kpis/{id}/trends", Scopes.ANALYTICS_READ, this::report);
    }

    private void report(Context ctx) {
        var range = TimeRangeParams.read(ctx);
        String methodName = ctx.queryParam("method");
        Method method = methodName == null ? Method.AUTO : Method.of(methodName)
                .orElseThrow(() -> ProblemException.invalidField("method", "must be auto, linear or holt_winters"));
        var query = new TrendQuery(ctx.queryParam("from") == null ? null : range.from(), ctx.queryParam("to") == null ? null : range.to(),
                method, QueryParams.intInRange(ctx.queryParam("horizon"), "horizon", 7, 1, 365),
                QueryParams.intInRange(ctx.queryParam("window"), "window", 7, 1, 365),
                QueryParams.intInRange(ctx.queryParam("season"), "season", 7, 2, 183));
        Responses.ok(ctx, json(trends.report(ctx.pathParam("id"), query)));
    }

    private static Map<String, Object> json(TrendReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kpiId", r.kpi().id());
        m.put("from", r.from().toString());
        m.put("asOf", r.asOf().toString());
        m.put("series", EvaluationJson.series(r.series()));
        List<Map<String, Object>> ma = new ArrayList<>();
        for (int i = 0; i < r.series().size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("date", r.series().get(i).date().toString());
            p.put("value", r.movingAverage()[i]);
            ma.add(p);
        }
        m.put("movingAverage", ma);
        if (r.regression() == null) {
            m.put("regression", null);
        } else {
            Map<String, Object> reg = new LinkedHashMap<>();
            reg.put("firstDay", r.firstDay().toString());
            reg.put("slopePerDay", r.regression().slope());
            reg.put("intercept", r.regression().intercept());
            reg.put("rSquared", r.regression().rSquared());
            reg.put("residualSd", r.regression().residualSd());
            reg.put("n", r.regression().n());
            m.put("regression", reg);
        }
        m.put("regressionNote", r.regressionNote());
        m.put("forecast", r.forecast() == null ? null : EvaluationJson.forecast(r.forecast()));
        m.put("forecastNote", r.forecastNote());
        m.put("attainment", r.attainment() == null ? null : EvaluationJson.attainment(r.attainment(), r.kpi().definition().unit().symbol()));
        m.put("attainmentNote", r.attainmentNote());
        m.put("anomalies", EvaluationJson.anomalies(r.anomalies()));
        m.put("change", EvaluationJson.change(r.change()));
        return m;
    }
}
