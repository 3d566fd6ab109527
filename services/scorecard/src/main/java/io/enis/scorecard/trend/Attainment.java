package io.enis.scorecard.trend;

import java.time.LocalDate;

/**
 * Where a KPI is heading by the end of its period.
 *
 * @param outcome    {@link Outcome}
 * @param date       for {@link Outcome#REACHED}: the day the target is reached at this rate; otherwise null
 * @param projected  the projected value at the period's end (the total, for a cumulative KPI)
 * @param shortfall  for {@link Outcome#MISSED}: how far from the target the projection ends; otherwise 0
 * @param confidence the probability, from 0 to 1, that the outcome holds
 */
public record Attainment(Outcome outcome, LocalDate date, double projected, double shortfall, double confidence) {
    /** The three outcomes. */
    public enum Outcome {
        /** The target is met now and projected to stay met at the period's end. */
        MET("met"),
        /** Not met now; at this rate the target is reached on {@code date}, before the period ends. */
        REACHED("reached"),
        /** At this rate the target is missed at the period's end by {@code shortfall}. */
        MISSED("missed");

        private final String json;

        Outcome(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** A sentence for people: "at this rate the target is reached on 2025-02-14". */
    public String sentence(String unit) {
        String pct = Math.round(confidence * 100) + "% confidence";
        return switch (outcome) {
            case MET -> "the target is met and projected to stay met at period end (" + pct + ")";
            case REACHED -> "at this rate the target is reached on " + date + " (" + pct + ")";
            case MISSED -> "at this rate the target is missed by " + Numbers.format(shortfall) + " " + unit + " at period end (" + pct + ")";
        };
    }
}
