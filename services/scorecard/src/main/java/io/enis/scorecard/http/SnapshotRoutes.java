package io.enis.scorecard.http;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;
import io.enis.scorecard.Scopes;
import io.enis.scorecard.close.PeriodCloser;
import io.enis.scorecard.close.Snapshot;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Period close: {@code POST /v1/analytics/kpis/{id}/close} and the snapshots it keeps. */
public final class SnapshotRoutes {
    private final PeriodCloser closer;

    public SnapshotRoutes(PeriodCloser closer) {
        this.closer = closer;
    }

    public void register(Api api) {
        api.post(
                "/v1/analytics/kpis/{id}/close",
                Scopes.ANALYTICS_WRITE,
                ctx -> Responses.ok(
                        ctx,
                        Json.object(
                                "snapshots",
                                closer.closeDue(ctx.pathParam("id")).stream()
                                        .map(this::snapshot)
                                        .toList())));
        api.get(
                "/v1/analytics/kpis/{id}/snapshots",
                Scopes.ANALYTICS_READ,
                ctx -> Responses.ok(
                        ctx,
                        Json.object(
                                "snapshots",
                                closer.list(ctx.pathParam("id")).stream()
                                        .map(this::snapshot)
                                        .toList())));
        api.get("/v1/analytics/kpis/{id}/snapshots/{period}", Scopes.ANALYTICS_READ, this::one);
    }

    private void one(Context ctx) {
        LocalDate day;
        try {
            day = LocalDate.parse(ctx.pathParam("period"));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("period", "must be the first day of the period, such as 2025-01-01");
        }
        var frozen = closer.get(ctx.pathParam("id"), day);
        Map<String, Object> m = snapshot(frozen.snapshot());
        m.put("inputs", KpiJson.values(frozen.inputs()));
        Responses.ok(ctx, m);
    }

    private Map<String, Object> snapshot(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kpiId", s.kpiId());
        m.put(
                "period",
                Json.object(
                        "firstDay",
                        closer.day(s).toString(),
                        "start",
                        s.period().start().toString(),
                        "end",
                        s.period().end().toString()));
        m.put("value", s.value());
        m.put("status", s.status().json());
        m.put("target", s.target());
        m.put("definition", Json.parse(s.definition().getBytes(StandardCharsets.UTF_8)));
        m.put("inputCount", s.inputCount());
        m.put("inputsSha256", s.inputsSha256());
        m.put("watermark", s.watermark() == null ? null : s.watermark().toString());
        m.put("source", s.source());
        m.put("closedAt", s.closedAt().toString());
        return m;
    }
}
