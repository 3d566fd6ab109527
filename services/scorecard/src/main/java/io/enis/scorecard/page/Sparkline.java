package io.enis.scorecard.page;

import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.trend.Band;
import io.enis.scorecard.trend.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG of a KPI's daily series: the values as a line, the forecast dashed with its 95% band,
 * and the target as a goal line. Styled by the page's stylesheet (class names only: no style
 * attributes, which a strict Content-Security-Policy would block).
 */
final class Sparkline {
    static final int WIDTH = 300;
    static final int HEIGHT = 80;
    private static final int PAD = 4;

    private Sparkline() {}

    static String svg(KpiEvaluation e) {
        List<DailySeries.Day> days = e.sparkline();
        double target = e.kpi().definition().target();
        String unit = e.kpi().definition().unit().symbol();
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"spark\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(Html.escape(days.size() + " daily values of " + e.kpi().name() + ", target "
                        + Numbers.format(target) + " " + unit))
                .append("\">");
        if (days.isEmpty()) {
            b.append("<text x=\"")
                    .append(WIDTH / 2)
                    .append("\" y=\"")
                    .append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" class=\"empty\">no data in the time range</text></svg>");
            return b.toString();
        }
        List<Band> forecast = e.forecast() == null ? List.of() : e.forecast().points();
        long first = days.get(0).date().toEpochDay();
        long last = forecast.isEmpty()
                ? days.get(days.size() - 1).date().toEpochDay()
                : e.forecast().dates().get(forecast.size() - 1).toEpochDay();
        double min = target;
        double max = target;
        for (DailySeries.Day d : days) {
            min = Math.min(min, d.value());
            max = Math.max(max, d.value());
        }
        for (Band f : forecast) {
            min = Math.min(min, f.lower());
            max = Math.max(max, f.upper());
        }
        Scale s = new Scale(first, Math.max(last, first + 1), min, max == min ? min + 1 : max);
        if (!forecast.isEmpty()) {
            List<String> upper = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            for (int i = 0; i < forecast.size(); i++) {
                long day = e.forecast().dates().get(i).toEpochDay();
                upper.add(s.point(day, forecast.get(i).upper()));
                lower.add(0, s.point(day, forecast.get(i).lower()));
            }
            upper.addAll(lower);
            b.append("<polygon class=\"band\" points=\"")
                    .append(String.join(" ", upper))
                    .append("\"/>");
            List<String> line = new ArrayList<>();
            DailySeries.Day end = days.get(days.size() - 1);
            line.add(s.point(end.date().toEpochDay(), end.value()));
            for (int i = 0; i < forecast.size(); i++) {
                line.add(s.point(
                        e.forecast().dates().get(i).toEpochDay(),
                        forecast.get(i).value()));
            }
            b.append("<polyline class=\"forecast\" points=\"")
                    .append(String.join(" ", line))
                    .append("\"/>");
        }
        String y = s.y(target);
        b.append("<line class=\"goal\" x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(y)
                .append("\" y2=\"")
                .append(y)
                .append("\"><title>")
                .append(Html.escape("target " + Numbers.format(target) + " " + unit))
                .append("</title></line>");
        if (days.size() == 1) {
            DailySeries.Day d = days.get(0);
            b.append("<circle class=\"dot\" r=\"3\" cx=\"")
                    .append(s.x(d.date().toEpochDay()))
                    .append("\" cy=\"")
                    .append(s.y(d.value()))
                    .append("\"/>");
        } else {
            List<String> pts = days.stream()
                    .map(d -> s.point(d.date().toEpochDay(), d.value()))
                    .toList();
            b.append("<polyline class=\"line\" points=\"")
                    .append(String.join(" ", pts))
                    .append("\"/>");
        }
        for (KpiEvaluation.DatedFlag f : e.anomalies()) {
            b.append("<circle class=\"anomaly\" r=\"3\" cx=\"")
                    .append(s.x(f.date().toEpochDay()))
                    .append("\" cy=\"")
                    .append(s.y(f.flag().value()))
                    .append("\"><title>")
                    .append(Html.escape("anomaly on " + f.date()))
                    .append("</title></circle>");
        }
        return b.append("</svg>").toString();
    }

    /** Maps (day, value) into the drawing. */
    private record Scale(long firstDay, long lastDay, double min, double max) {
        String x(long day) {
            return fmt((double) (day - firstDay) / (lastDay - firstDay) * WIDTH);
        }

        String y(double v) {
            return fmt(HEIGHT - PAD - (v - min) / (max - min) * (HEIGHT - 2 * PAD));
        }

        String point(long day, double v) {
            return x(day) + "," + y(v);
        }

        private static String fmt(double d) {
            return oneDecimal(d);
        }
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", d)}, without the formatter's cost (it was most of the
     * page's rendering time): the same rounding, half up from the shortest decimal of {@code d}
     * ({@link Double#toString}), which is what {@code Formatter} rounds, done on the decimal's digits
     * (no {@code BigDecimal}). Values below 0.001 (which {@code Double.toString} writes with an
     * exponent) round to {@code 0.0}; negative, huge and non-finite values go through the formatter.
     */
    static String oneDecimal(double d) {
        if (d == 0 && Double.doubleToRawLongBits(d) == 0) {
            return "0.0";
        }
        if (!(d > 0 && d < 1e7)) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (d < 1e-3) {
            return "0.0";
        }
        String shortest = Double.toString(d); // plain digits "123.456" in [1e-3, 1e7)
        int dot = shortest.indexOf('.');
        int keep = dot + 2;
        if (keep >= shortest.length() || shortest.charAt(keep) < '5') {
            return shortest.substring(0, Math.min(keep, shortest.length()));
        }
        char[] digits = shortest.substring(0, keep).toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            if (digits[i] == '.') {
                continue;
            }
            if (digits[i] < '9') {
                digits[i]++;
                return new String(digits);
            }
            digits[i] = '0';
        }
        return "1" + new String(digits);
    }
}
