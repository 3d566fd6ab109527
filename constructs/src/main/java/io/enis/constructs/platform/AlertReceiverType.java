package io.enis.constructs.platform;

import java.util.Locale;

/** What kind of Alertmanager receiver an {@link AlertReceiver} is, and so what its secret holds. */
public enum AlertReceiverType {
    /** A Slack incoming webhook; the secret holds its URL. */
    SLACK,
    /** PagerDuty Events API v2; the secret holds the routing key. */
    PAGERDUTY,
    /** A generic webhook; the secret holds its URL. */
    WEBHOOK;

    /** The lower-case name, e.g. {@code slack}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
