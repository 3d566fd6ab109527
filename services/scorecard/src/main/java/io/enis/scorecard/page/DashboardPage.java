package io.enis.scorecard.page;

import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.KpiDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A dashboard as one self-contained HTML page: no scripts, no external assets, one stylesheet allowed
 * by its hash in {@link #CONTENT_SECURITY_POLICY}, inline SVG sparklines with goal lines, a layout of
 * cards that becomes one column on a phone. Every text from users is escaped.
 */
public final class DashboardPage {
    static final String STYLE = """
            :root{color-scheme:light dark;--ok:#1a7f37;--risk:#9a6700;--off:#cf222e;--muted:#57606a;--card:#f6f8fa;--line:#0969da}
            @media (prefers-color-scheme:dark){:root{--muted:#8b949e;--card:#161b22;--line:#58a6ff}}
            *{box-sizing:border-box}body{margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            header,main,footer{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:0 0 .25rem}
            .meta,footer,.target,.note{color:var(--muted);font-size:.875rem}
            .grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))}
            .panel{background:var(--card);border-radius:.5rem;padding:1rem;border-left:.375rem solid var(--muted)}
            .panel.on_track{border-left-color:var(--ok)}.panel.at_risk{border-left-color:var(--risk)}.panel.off_track{border-left-color:var(--off)}
            h2{font-size:1rem;margin:0;overflow-wrap:anywhere}.value{font-size:2rem;font-weight:600;margin:.25rem 0}.unit{font-size:1rem;font-weight:400}
            .status{font-weight:600;margin:0}.on_track .status{color:var(--ok)}.at_risk .status{color:var(--risk)}.off_track .status{color:var(--off)}
            p{margin:.25rem 0}.spark{width:100%;height:5rem;display:block;margin:.5rem 0}
            .line,.forecast{fill:none;stroke:var(--line);stroke-width:2;vector-effect:non-scaling-stroke}.forecast{stroke-dasharray:4 3}
            .band{fill:var(--line);opacity:.15}.goal{stroke:var(--muted);stroke-width:1;stroke-dasharray:2 2;vector-effect:non-scaling-stroke}
            .dot{fill:var(--line)}.anomaly{fill:var(--off)}.empty{fill:var(--muted);font-size:12px}.frozen{overflow-wrap:anywhere}
            """;
    /**
     * The policy the page is served with: nothing may load or run except the page's own stylesheet
     * (allowed by its SHA-256), no framing, no forms, no base URL.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private DashboardPage() {}

    /** The page for {@code view}, every card rendered. */
    public static String render(DashboardView view) {
        return render(view, List.of(), PanelCards.NONE);
    }

    /** The page for {@code view} with {@code notes} under its title, one paragraph each (a report's frozen periods). */
    public static String render(DashboardView view, List<String> notes) {
        return render(view, notes, PanelCards.NONE);
    }

    /** The page for {@code view}, cards whose panel and evaluation inputs are unchanged taken from {@code cards}. */
    public static String render(DashboardView view, PanelCards cards) {
        return render(view, List.of(), cards);
    }

    private static String render(DashboardView view, List<String> notes, PanelCards cards) {
        String name = Html.escape(view.dashboard().name());
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(name)
                .append(" · ENIS scorecard</title><style>")
                .append(STYLE)
                .append("</style></head><body>")
                .append("<header><h1>")
                .append(name)
                .append("</h1><p class=\"meta\">")
                .append(Html.escape(view.from().toString() + " to " + view.asOf()))
                .append("</p>");
        for (String note : notes) {
            b.append("<p class=\"note frozen\">").append(Html.escape(note)).append("</p>");
        }
        b.append("</header><main class=\"grid\">");
        for (DashboardView.PanelView p : view.panels()) {
            b.append(cards.card(p, DashboardPage::panel));
        }
        return b.append("</main><footer>Dashboard ")
                .append(Html.escape(view.dashboard().id()))
                .append(" · the same URL with Accept: application/json gives the data</footer></body></html>\n")
                .toString();
    }

    /** One panel's card: a function of the panel and its evaluation, never of the time it is rendered at. */
    private static String panel(DashboardView.PanelView p) {
        StringBuilder b = new StringBuilder(4096);
        KpiEvaluation e = p.evaluation();
        KpiDefinition d = e.kpi().definition();
        String unit = Html.escape(d.unit().symbol());
        String id = "panel-" + p.panel().position();
        b.append("<section class=\"panel ")
                .append(e.status().json())
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("\">")
                .append("<h2 id=\"")
                .append(id)
                .append("\">")
                .append(Html.escape(p.panel().title()))
                .append("</h2>");
        b.append("<p class=\"value\">")
                .append(PanelText.value(e))
                .append(" <span class=\"unit\">")
                .append(unit)
                .append("</span></p>");
        b.append("<p class=\"status\">").append(PanelText.status(e.status())).append("</p>");
        b.append("<p class=\"target\">")
                .append(Html.escape(PanelText.target(d)))
                .append("</p>");
        String change = PanelText.change(e);
        if (change != null) {
            b.append("<p class=\"change\">").append(Html.escape(change)).append("</p>");
        }
        b.append(Sparkline.svg(e));
        String attainment = PanelText.attainment(e);
        if (attainment != null) {
            b.append(e.attainment() != null ? "<p class=\"attainment\">" : "<p class=\"note\">")
                    .append(Html.escape(attainment))
                    .append("</p>");
        }
        String anomalies = PanelText.anomalies(e);
        if (anomalies != null) {
            b.append("<p class=\"note\">").append(anomalies).append("</p>");
        }
        return b.append("</section>").toString();
    }

    static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
