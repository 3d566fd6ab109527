package io.enis.cloudbus.manage;

import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.DeadLetters.DeadLetter;
import io.enis.cloudbus.delivery.Deliverer;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.domain.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The dead-letter queue of one rule target: listing, replaying (each success leaves the queue, each
 * failure stays with its new error and one more attempt), purging. A replay of the whole queue sends
 * at most {@value #BATCH} letters, oldest first; one by id finds it however long the queue is.
 */
public final class DeadLetterQueue {
    /** Letters one replay of the whole queue sends. */
    public static final int BATCH = 1000;
    private final DeadLetters letters;
    private final RuleStore rules;
    private final Redelivery redelivery;
    private final Clock clock;

    /** Sends a dead letter's event to its target again, synchronously ({@code Dispatcher::redeliver}). */
    @FunctionalInterface
    public interface Redelivery {
        void redeliver(Target target, String event) throws Deliverer.DeliveryException;
    }

    /** A page of the queue and how many it holds in all. */
    public record Page(List<DeadLetter> letters, long total) {
    }

    /** One letter the target refused again. */
    public record Failure(String id, String error) {
    }

    /** What a replay did. */
    public record Replay(int replayed, List<Failure> failed) {
        /** True when there were letters and the target took none of them. */
        public boolean targetTookNone() {
            return replayed == 0 && !failed.isEmpty();
        }
    }

    public DeadLetterQueue(DeadLetters letters, RuleStore rules, Redelivery redelivery, Clock clock) {
        this.letters = letters;
        this.rules = rules;
        this.redelivery = redelivery;
        this.clock = clock;
    }

    /** Oldest first, at most {@code limit}. @throws NotFoundException for an unknown rule or target */
    public Page list(String bus, String rule, String target, int limit) {
        Target t = target(bus, rule, target);
        return new Page(letters.list(bus, rule, t.id(), limit), letters.count(bus, rule, t.id()));
    }

    /**
     * Replays the letter {@code id}, or the queue's oldest {@value #BATCH} when {@code id} is {@code null}.
     *
     * @throws NotFoundException for an unknown rule, target or letter
     */
    public Replay replay(String bus, String rule, String target, String id) {
        Target t = target(bus, rule, target);
        List<DeadLetter> due = id == null ? letters.list(bus, rule, t.id(), BATCH)
                : List.of(letters.byId(bus, rule, t.id(), id).orElseThrow(() -> new NotFoundException("no dead letter " + id)));
        int replayed = 0;
        List<Failure> failed = new ArrayList<>();
        for (DeadLetter d : due) {
            try {
                redelivery.redeliver(t, d.event());
                letters.delete(d.bus(), d.rule(), d.target(), d.id());
                replayed++;
            } catch (Deliverer.DeliveryException e) {
                letters.updateError(d.id(), e.getMessage(), d.attempts() + 1, clock.millis());
                failed.add(new Failure(d.id(), e.getMessage()));
            }
        }
        return new Replay(replayed, failed);
    }

    /**
     * Removes the letter {@code id}, or all when {@code id} is {@code null}; returns how many.
     *
     * @throws NotFoundException for an unknown rule, target or letter
     */
    public int purge(String bus, String rule, String target, String id) {
        Target t = target(bus, rule, target);
        int removed = letters.delete(bus, rule, t.id(), id);
        if (id != null && removed == 0) {
            throw new NotFoundException("no dead letter " + id);
        }
        return removed;
    }

    private Target target(String bus, String ruleName, String targetId) {
        Rule rule = rules.rule(bus, ruleName).orElseThrow(() -> new NotFoundException("no rule '" + ruleName + "' on bus '" + bus + "'"));
        return rule.targets().stream().filter(t -> t.id().equals(targetId)).findFirst()
                .orElseThrow(() -> new NotFoundException("rule '" + ruleName + "' has no target '" + targetId + "'"));
    }
}
