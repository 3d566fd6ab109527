package io.enis.constructs.k8s;

/**
 * One Prometheus alerting rule.
 *
 * @param name alert name, e.g. {@code HighErrorRate}
 * @param expr PromQL expression
 * @param forDuration how long the condition must hold, e.g. {@code 5m}
 * @param severity {@code critical}, {@code warning} or {@code info} (routes to receivers)
 * @param summary one line for the notification title
 * @param description what is happening, with template values
 * @param runbook the runbook file name in {@code docs/runbooks/}, e.g. {@code high-error-rate.md}
 */
public record AlertRule(
        String name,
        String expr,
        String forDuration,
        String severity,
        String summary,
        String description,
        String runbook) {}
