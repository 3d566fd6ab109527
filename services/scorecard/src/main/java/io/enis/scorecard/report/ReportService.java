package io.enis.scorecard.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.Dashboard;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.dashboard.TimeRange;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.Now;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report use cases: make a report now, or schedule one (cron); run the schedules that are due; read
 * a report in one of its formats. A report is a dashboard (or a set of KPIs) evaluated over a fixed
 * period (closed periods from their snapshots, see {@link ReportEvaluator}), rendered once as JSON,
 * HTML and PDF and stored with them, and announced by a {@code cloud.enis.scorecard.report.ready} event (appended in the report's transaction) whose data
 * carries the links to download it.
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    /** The event type, after the outbox's {@code cloud.enis.scorecard.} prefix. */
    public static final String READY = "report.ready";
    /** Schedules run per {@link #runDue()} at most; the rest wait for the next tick. */
    static final int DUE_BATCH = 20;

    /** Renders a report's evaluated dashboard in every {@link ReportFormat}. */
    @FunctionalInterface
    public interface Renderer {
        ReportStore.Renderings render(Report report, ReportView view);
    }

    /** What a POST made: a report (on demand) or a schedule; exactly one is set. */
    public record Created(Report report, ReportSchedule schedule) {}

    private final Jdbi jdbi;
    private final ReportStore store;
    private final DashboardService dashboards;
    private final ReportEvaluator evaluator;
    private final EventOutbox outbox;
    private final Renderer renderer;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration defaultRange;

    /**
     * @param zone         a schedule's time zone when it names none ({@code TIME_ZONE})
     * @param defaultRange the period of a report over KPIs that names none ({@code DEFAULT_TIME_RANGE})
     */
    public ReportService(
            Jdbi jdbi,
            ReportStore store,
            DashboardService dashboards,
            ReportEvaluator evaluator,
            EventOutbox outbox,
            Renderer renderer,
            Clock clock,
            ZoneId zone,
            Duration defaultRange) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.store = Objects.requireNonNull(store, "store");
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.defaultRange = Objects.requireNonNull(defaultRange, "defaultRange");
    }

    /**
     * Makes a report now, or (with {@code schedule}) a schedule whose first run is the cron
     * expression's next time after now.
     *
     * @throws InvalidInputException naming every bad field; an unknown dashboard as {@code dashboardId},
     *                               an unknown KPI as {@code kpiIds[i]}, a cron expression with no
     *                               future run as {@code schedule.cron}; nothing is stored
     */
    public Created create(JsonNode body) {
        ReportRequest r = ReportRequest.read(body, zone);
        Instant now = Now.of(clock);
        if (r.schedule() != null) {
            Dashboard base = source(r.dashboardId(), r.kpiIds(), "pending");
            Instant next = r.schedule()
                    .next(now)
                    .orElseThrow(() -> InvalidInputException.of(List.of(
                            new Violation("schedule.cron", "has no run after now; give an expression that recurs"))));
            Duration last = r.range() != null
                    ? r.range().last()
                    : base.range().last() != null ? base.range().last() : defaultRange;
            var s = new ReportSchedule(
                    KpiService.newId("rsch_"),
                    name(r.name(), base),
                    r.dashboardId(),
                    kpiIds(base),
                    r.schedule(),
                    last,
                    next,
                    now,
                    null);
            jdbi.useTransaction(h -> store.insert(h, s));
            return new Created(null, s);
        }
        String id = KpiService.newId("rep_");
        Dashboard base = source(r.dashboardId(), r.kpiIds(), id);
        TimeRange range = r.range() != null ? r.range() : base.range();
        Instant to = range.last() != null ? now : range.to();
        return new Created(
                generate(id, r.dashboardId(), base, name(r.name(), base), range.start(now), to, null, null, now), null);
    }

    /**
     * Runs every schedule due at now (at most {@value #DUE_BATCH}): each makes its report over the
     * {@code last} duration before its due time, and moves to the expression's next time after now (runs
     * missed while no replica was up are not made up). A schedule whose report fails is logged and
     * tried again at the next call.
     *
     * @return the reports made
     */
    public List<Report> runDue() {
        Instant now = Now.of(clock);
        List<ReportSchedule> due = jdbi.withHandle(h -> store.due(h, now, DUE_BATCH));
        List<Report> made = new ArrayList<>();
        for (ReportSchedule s : due) {
            try {
                String id = KpiService.newId("rep_");
                Dashboard base = source(s.dashboardId(), s.kpiIds(), id);
                Instant at = s.nextRunAt();
                made.add(generate(
                        id,
                        s.dashboardId(),
                        base,
                        s.name(),
                        at.minus(s.last()),
                        at,
                        s.id(),
                        s.cron().next(now).orElse(null),
                        now));
            } catch (RuntimeException e) {
                LOG.warn("scheduled report {} failed; tried again at the next tick: {}", s.id(), e.toString());
            }
        }
        return made;
    }

    /** @throws NotFoundException when there is no such report */
    public Report get(String id) {
        return jdbi.withHandle(h -> store.find(h, id))
                .orElseThrow(() -> new NotFoundException("no report '" + id + "'"));
    }

    /** @throws NotFoundException when there is no such schedule */
    public ReportSchedule schedule(String id) {
        return jdbi.withHandle(h -> store.findSchedule(h, id))
                .orElseThrow(() -> new NotFoundException("no report schedule '" + id + "'"));
    }

    /**
     * Report {@code id} as stored in {@code format}.
     *
     * @throws NotFoundException when there is no such report
     */
    public byte[] body(String id, ReportFormat format) {
        return jdbi.withHandle(h -> store.body(h, id, format))
                .orElseThrow(() -> new NotFoundException("no report '" + id + "'"));
    }

    /** The links of a report, by format ({@code json}, {@code html}, {@code pdf}). */
    public static Map<String, String> links(Report r) {
        Map<String, String> links = new LinkedHashMap<>();
        for (ReportFormat f : ReportFormat.values()) {
            links.put(f.json(), r.href(f));
        }
        return links;
    }

    private Report generate(
            String id,
            String dashboardId,
            Dashboard base,
            String name,
            Instant from,
            Instant to,
            String scheduleId,
            Instant nextRun,
            Instant now) {
        TimeRange period = TimeRange.fixed(from, to);
        ReportView view = evaluator.view(new Dashboard(base.id(), name, base.panels(), period, base.createdAt()));
        Report report = new Report(id, name, dashboardId, kpiIds(base), from, to, now, scheduleId);
        ReportStore.Renderings body = renderer.render(report, view);
        jdbi.useTransaction(h -> {
            store.insert(h, report, body);
            if (scheduleId != null) {
                store.ran(h, scheduleId, id, nextRun);
            }
            outbox.append(h, READY, id, event(report));
        });
        return report;
    }

    /**
     * A report as the API and its report.ready event write it (schema {@code Report}): id, name,
     * dashboardId, kpiIds, period, generatedAt, scheduleId, links.
     */
    public static Map<String, Object> describe(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("dashboardId", r.dashboardId());
        m.put("kpiIds", r.kpiIds());
        m.put("period", Json.object("from", r.from().toString(), "to", r.to().toString()));
        m.put("generatedAt", r.generatedAt().toString());
        m.put("scheduleId", r.scheduleId());
        m.put("links", links(r));
        return m;
    }

    /** The report.ready event's data: {@link #describe} and {@code href}, where the report is. */
    private static Map<String, Object> event(Report r) {
        Map<String, Object> data = describe(r);
        data.put("href", r.href());
        return data;
    }

    /** The dashboard a report is made from: the stored one, or an unsaved one of the KPIs. */
    private Dashboard source(String dashboardId, List<String> kpiIds, String reportId) {
        if (dashboardId != null) {
            try {
                return dashboards.get(dashboardId);
            } catch (NotFoundException e) {
                throw InvalidInputException.of(List.of(new Violation(
                        "dashboardId", "no dashboard '" + dashboardId + "'; give the id of a dashboard")));
            }
        }
        return dashboards.unsaved(reportId, "KPI report", kpiIds, TimeRange.lastOf(defaultRange), "kpiIds");
    }

    private static String name(String asked, Dashboard base) {
        return asked != null ? asked : base.name();
    }

    private static List<String> kpiIds(Dashboard d) {
        return d.panels().stream().map(Dashboard.Panel::kpiId).toList();
    }
}
