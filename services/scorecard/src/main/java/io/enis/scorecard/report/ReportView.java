package io.enis.scorecard.report;

import io.enis.scorecard.close.Snapshot;
import io.enis.scorecard.dashboard.DashboardView;
import java.util.List;

/**
 * A report's dashboard evaluated over its period, and which panels read frozen periods.
 *
 * @param frozen one entry per panel that read at least one closed period's snapshot, in panel order
 */
public record ReportView(DashboardView dashboard, List<FrozenPanel> frozen) {
    public ReportView {
        frozen = List.copyOf(frozen);
    }

    /**
     * A panel that read snapshots.
     *
     * @param snapshot      the snapshot of the period the panel reports (its value and status), or null
     *                      when that period is open (only earlier periods were frozen)
     * @param closedPeriods how many closed periods' frozen inputs the panel's series read
     */
    public record FrozenPanel(int position, String kpiId, String title, Snapshot snapshot, int closedPeriods) {
        /**
         * What the report says of the frozen period: {@code <title>: <start> to <end> frozen at <closedAt>};
         * null when the reported period is open.
         */
        public String label() {
            if (snapshot == null) {
                return null;
            }
            return title + ": " + snapshot.period().start() + " to "
                    + snapshot.period().end() + " frozen at " + snapshot.closedAt();
        }

        /** {@code hash <inputsSha256>}; null when the reported period is open. */
        public String hash() {
            return snapshot == null ? null : "hash " + snapshot.inputsSha256();
        }
    }
}
