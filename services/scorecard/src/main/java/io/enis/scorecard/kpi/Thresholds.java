package io.enis.scorecard.kpi;

import java.util.Optional;

/**
 * The two boundaries that split a KPI's values into on track, at risk and off track. Going from good
 * to bad: a value that meets {@code atRisk} is on track, one that meets {@code offTrack} but not
 * {@code atRisk} is at risk, anything worse is off track. "Meets" follows the KPI's direction.
 *
 * <p>In {@link Mode#PERCENT} the boundaries are percentages of the target (higher is better: atRisk
 * 100, offTrack 90 means on track at or above the target, off track below 90% of it); in
 * {@link Mode#ABSOLUTE} they are values in the KPI's unit.
 *
 * @param mode     percent of target, or absolute values
 * @param atRisk   where at risk begins
 * @param offTrack where off track begins; strictly beyond {@code atRisk} in the bad direction
 */
public record Thresholds(Mode mode, double atRisk, double offTrack) {
    /** How boundaries are written. */
    public enum Mode {
        PERCENT("percent"), ABSOLUTE("absolute");

        private final String json;

        Mode(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Mode> of(String json) {
            for (Mode m : values()) {
                if (m.json.equals(json)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** The default: on track when the target is met, off track 10% beyond it (percent of target). */
    public static Thresholds defaultFor(Direction direction) {
        return new Thresholds(Mode.PERCENT, 100, direction == Direction.HIGHER_IS_BETTER ? 90 : 110);
    }

    /** {@link #atRisk} as a value in the KPI's unit. */
    public double atRiskValue(double target) {
        return mode == Mode.PERCENT ? target * atRisk / 100 : atRisk;
    }

    /** {@link #offTrack} as a value in the KPI's unit. */
    public double offTrackValue(double target) {
        return mode == Mode.PERCENT ? target * offTrack / 100 : offTrack;
    }

    /** The status of {@code value} against {@code target}. */
    public Status status(double value, double target, Direction direction) {
        if (direction.meets(value, atRiskValue(target))) {
            return Status.ON_TRACK;
        }
        return direction.meets(value, offTrackValue(target)) ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
