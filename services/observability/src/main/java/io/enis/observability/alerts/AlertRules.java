package io.enis.observability.alerts;

import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.outbound.OutboundPolicy;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The alert rules of a tenant and their current alerts: create, replace and delete keep the store and
 * the evaluator's state together (a replaced or deleted rule's alerts start over). Refusals: {@link
 * io.enis.kit.domain.InvalidInputException} (the rule as sent, see {@link AlertRuleRequest}), {@link
 * ConflictException} (the name is taken), {@link NotFoundException} (no such rule in the tenant).
 */
public final class AlertRules {
    private final AlertRuleStore store;
    private final AlertEvaluator evaluator;
    private final OutboundPolicy outbound;
    private final Clock clock;

    /** @param outbound where rules' webhook URLs may point */
    public AlertRules(AlertRuleStore store, AlertEvaluator evaluator, OutboundPolicy outbound, Clock clock) {
        this.store = store;
        this.evaluator = evaluator;
        this.outbound = outbound;
        this.clock = clock;
    }

    public List<AlertRule> list(String tenant) {
        return store.list(tenant);
    }

    public AlertRule find(String tenant, String id) {
        return store.find(tenant, id).orElseThrow(() -> new NotFoundException("no alert rule " + id));
    }

    /** Stores a new rule read from {@code body}, with a fresh id. */
    public AlertRule create(String tenant, byte[] body) {
        String id = "rule_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        AlertRule rule = AlertRuleRequest.parse(body, id, tenant, null, clock.instant(), outbound);
        if (!store.insert(rule)) {
            throw new ConflictException("an alert rule named '" + rule.name() + "' already exists");
        }
        return rule;
    }

    /** Replaces rule {@code id} with the one read from {@code body}; its alerts start over. */
    public AlertRule replace(String tenant, String id, byte[] body) {
        AlertRule existing = find(tenant, id);
        AlertRule rule = AlertRuleRequest.parse(body, existing.id(), existing.tenant(), existing.createdAt(), clock.instant(),
                outbound);
        if (!store.update(rule)) {
            throw new ConflictException("another alert rule is named '" + rule.name() + "'");
        }
        evaluator.forget(rule.id());
        return rule;
    }

    /** Deletes rule {@code id} and forgets its alerts. */
    public void delete(String tenant, String id) {
        AlertRule existing = find(tenant, id);
        store.delete(existing.tenant(), existing.id());
        evaluator.forget(existing.id());
    }

    /** The current alerts of every rule of {@code tenant}. */
    public List<Alert> alerts(String tenant) {
        return evaluator.alerts(store.list(tenant));
    }
}
