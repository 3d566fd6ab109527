package io.enis.scorecard.close;

import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import java.time.Instant;

/**
 * A closed period of a KPI, frozen: what the scorecard said then, whatever is recorded later.
 *
 * @param value        the period's value; null when it had none ({@link Status#NO_DATA})
 * @param definition   the KPI's definition at close, as canonical JSON (unit, target, direction, thresholds, period, cumulative)
 * @param inputCount   how many values went into it (each kept, see {@link SnapshotStore#inputs})
 * @param inputsSha256 {@link Lineage#hash} of the definition and the inputs, hex
 * @param watermark    the latest time any input was recorded; null without inputs
 * @param source       where the inputs came from
 */
public record Snapshot(String kpiId, Period.Window period, Double value, Status status, double target, String definition,
                       int inputCount, String inputsSha256, Instant watermark, String source, Instant closedAt) {
}
