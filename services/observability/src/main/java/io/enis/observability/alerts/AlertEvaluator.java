package io.enis.observability.alerts;

import io.enis.observability.alerts.Alert.State;
import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.query.Evaluator;
import io.enis.observability.query.Evaluator.Element;
import io.enis.observability.query.QueryEngine;
import io.enis.observability.tsdb.Labels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates every rule at the clock's time: inactive → pending when the condition first holds →
 * firing once it held for {@code for} → resolved when it stops holding (after {@code keepFiringFor});
 * a pending alert whose condition stops goes back to inactive. Transitions to firing and to resolved
 * are sent to the rule's webhook. Resolved alerts stay listed for {@link #RESOLVED_VISIBLE}. Alert
 * states live in memory: after a restart pending timers start again.
 */
public final class AlertEvaluator {
    /** How long a resolved alert stays in {@code GET /v1/alerts}. */
    public static final Duration RESOLVED_VISIBLE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);
    private static final Pattern LABEL_REF = Pattern.compile("\\{\\{\\s*\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");
    private static final Pattern VALUE_REF = Pattern.compile("\\{\\{\\s*\\$value\\s*}}");

    private final AlertRuleStore rules;
    private final MetricsBackend store;
    private final WebhookNotifier notifier;
    private final Clock clock;
    private final Map<String, Map<Labels, Alert>> states = new ConcurrentHashMap<>();

    public AlertEvaluator(AlertRuleStore rules, MetricsBackend store, WebhookNotifier notifier, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** One evaluation round over every rule. */
    public synchronized void evaluate() {
        Instant now = clock.instant();
        Map<String, AlertRule> current = new HashMap<>();
        for (AlertRule rule : rules.all()) {
            current.put(rule.id(), rule);
            try {
                evaluate(rule, now);
            } catch (RuntimeException e) {
                LOG.warn("alert rule {} ({}) failed to evaluate: {}", rule.name(), rule.id(), e.getMessage());
            }
        }
        states.keySet().retainAll(current.keySet());
    }

    private void evaluate(AlertRule rule, Instant now) {
        long t = now.toEpochMilli();
        var value = store.evaluate(rule.tenant(), rule.query(), t);
        List<Element> elements = value instanceof Evaluator.Vector v
                ? v.elements()
                : List.of(new Element(Labels.of(Map.of()), ((Evaluator.Scalar) value).value()));
        Map<Labels, Alert> previous = states.computeIfAbsent(rule.id(), k -> new ConcurrentHashMap<>());
        Map<Labels, Alert> next = new ConcurrentHashMap<>();
        for (Element e : elements) {
            if (!rule.comparison().test(e.value(), rule.threshold())) {
                continue;
            }
            Labels labels = alertLabels(rule, e.labels());
            Alert before = previous.get(labels);
            boolean continuing = before != null && before.state() != State.RESOLVED;
            Instant activeAt = continuing ? before.activeAt() : now;
            boolean firing = !now.isBefore(activeAt.plus(rule.forDuration()));
            Instant firedAt = firing ? (continuing && before.firedAt() != null ? before.firedAt() : now) : null;
            Alert alert = new Alert(
                    rule.id(),
                    rule.name(),
                    labels,
                    annotations(rule, labels, e.value()),
                    firing ? State.FIRING : State.PENDING,
                    e.value(),
                    activeAt,
                    firedAt,
                    null,
                    now);
            next.put(labels, alert);
            if (firing && (before == null || before.state() != State.FIRING)) {
                notifier.notify(rule, alert);
            }
        }
        for (Alert before : previous.values()) {
            if (next.containsKey(before.labels())) {
                continue;
            }
            switch (before.state()) {
                case PENDING -> {} // back to inactive: forgotten
                case FIRING -> {
                    if (now.isBefore(before.lastActiveAt().plus(rule.keepFiringFor()))) {
                        next.put(before.labels(), before);
                    } else {
                        Alert resolved = new Alert(
                                before.ruleId(),
                                before.ruleName(),
                                before.labels(),
                                before.annotations(),
                                State.RESOLVED,
                                before.value(),
                                before.activeAt(),
                                before.firedAt(),
                                now,
                                before.lastActiveAt());
                        next.put(before.labels(), resolved);
                        notifier.notify(rule, resolved);
                    }
                }
                case RESOLVED -> {
                    if (now.isBefore(before.resolvedAt().plus(RESOLVED_VISIBLE))) {
                        next.put(before.labels(), before);
                    }
                }
            }
        }
        states.put(rule.id(), next);
    }

    /** Current alerts of a tenant's rules (pending, firing, recently resolved). */
    public List<Alert> alerts(List<AlertRule> tenantRules) {
        List<Alert> out = new ArrayList<>();
        for (AlertRule r : tenantRules) {
            Map<Labels, Alert> s = states.get(r.id());
            if (s != null) {
                out.addAll(s.values());
            }
        }
        out.sort((a, b) -> a.ruleName().equals(b.ruleName())
                ? a.labels().compareTo(b.labels())
                : a.ruleName().compareTo(b.ruleName()));
        return out;
    }

    /** Forgets the states of a deleted or changed rule. */
    public void forget(String ruleId) {
        states.remove(ruleId);
    }

    private static Labels alertLabels(AlertRule rule, Labels series) {
        Map<String, String> m = new HashMap<>(series.toMap());
        m.remove(Labels.NAME);
        m.putAll(rule.labels());
        m.put("alertname", rule.name());
        return Labels.of(m);
    }

    /** Fills {@code {{ $labels.x }}} and {@code {{ $value }}} in the rule's annotations. */
    static Map<String, String> annotations(AlertRule rule, Labels labels, double value) {
        Map<String, String> out = new HashMap<>();
        rule.annotations().forEach((k, template) -> {
            Matcher m = LABEL_REF.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = labels.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
            }
            m.appendTail(sb);
            out.put(
                    k,
                    VALUE_REF.matcher(sb.toString()).replaceAll(Matcher.quoteReplacement(QueryEngine.format(value))));
        });
        return out;
    }
}
