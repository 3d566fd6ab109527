package io.enis.scorecard.kpi;

/** Where a KPI stands against its target and thresholds. */
public enum Status {
    ON_TRACK("on_track"),
    AT_RISK("at_risk"),
    OFF_TRACK("off_track"),
    /** No value in the period. */
    NO_DATA("no_data");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    /** The name in the API. */
    public String json() {
        return json;
    }

    public static Status of(String json) {
        for (Status s : values()) {
            if (s.json.equals(json)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no status " + json);
    }
}
