package io.enis.scorecard.page;

import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.trend.Numbers;
import io.enis.scorecard.trend.PeriodChange;

/** The sentences of a panel, as plain text, written the same on the page and in the PDF. */
final class PanelText {
    private PanelText() {}

    /** The period's value, {@code –} when there is none. */
    static String value(KpiEvaluation e) {
        return e.periodValue() == null ? "–" : Numbers.format(e.periodValue());
    }

    static String status(Status s) {
        return switch (s) {
            case ON_TRACK -> "On track";
            case AT_RISK -> "At risk";
            case OFF_TRACK -> "Off track";
            case NO_DATA -> "No data";
        };
    }

    /** {@code target 100 ms · lower is better}. */
    static String target(KpiDefinition d) {
        return "target " + Numbers.format(d.target()) + " " + d.unit().symbol()
                + (d.cumulative() ? " per " + d.period().granularity().json() : "") + " · "
                + d.direction().json().replace('_', ' ');
    }

    /** {@code +5 ms (+6.2%) vs previous period}, or null without a previous period. */
    static String change(KpiEvaluation e) {
        PeriodChange c = e.change();
        if (c == null) {
            return null;
        }
        return signed(c.absolute()) + " " + e.kpi().definition().unit().symbol()
                + (c.percent() == null ? "" : " (" + signed(c.percent()) + "%)") + " vs previous period";
    }

    /** The projected attainment, or why there is none, or null. */
    static String attainment(KpiEvaluation e) {
        return e.attainment() != null
                ? e.attainment().sentence(e.kpi().definition().unit().symbol())
                : e.attainmentNote();
    }

    /** {@code 2 anomalies, latest on 2025-01-20}, or null without any. */
    static String anomalies(KpiEvaluation e) {
        int n = e.anomalies().size();
        if (n == 0) {
            return null;
        }
        return n + " anomal" + (n == 1 ? "y" : "ies") + ", latest on "
                + e.anomalies().get(n - 1).date();
    }

    /** {@code +1.5}, {@code -2}, {@code 0}. */
    static String signed(double d) {
        return (d > 0 ? "+" : "") + Numbers.format(d);
    }
}
