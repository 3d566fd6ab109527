package io.enis.scorecard.trend;

import java.util.Optional;

/** The forecasting methods. */
public enum Method {
    /** Holt-Winters when the series has two seasons, else linear, else none. */
    AUTO("auto"),
    /** Least-squares line ({@link LinearTrend}); at least 3 points. */
    LINEAR("linear"),
    /** Additive Holt-Winters ({@link HoltWinters}); at least two seasons. */
    HOLT_WINTERS("holt_winters");

    private final String json;

    Method(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Method> of(String json) {
        for (Method m : values()) {
            if (m.json.equals(json)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
