package io.enis.cloudbus.delivery;

import io.enis.kit.app.DaemonThreads;
import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.cloudbus.store.EventLog;
import io.enis.cloudbus.store.EventLog.Entry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every bus event to the targets of the rules it matches, at least once. Each rule target is
 * a consumer group; its worker takes, in order: its own pending entries after a restart, retries now
 * due, entries a dead consumer left pending longer than the claim timeout (looked for once a second),
 * then new entries. An
 * entry is acknowledged after a successful delivery, or after it was moved to the target's
 * dead-letter queue (attempts or event age exhausted, or a non-retryable answer). A failed entry stays
 * pending with its next attempt scheduled (exponential backoff with ±20 % jitter).
 *
 * <p>Ordering: one worker per target delivers in publication order, one event at a time; a retried
 * event is delivered after events published later. A target with {@code concurrency} above 1 has up
 * to that many new events in flight at once (from a shared pool), so they may arrive in any order;
 * the worker still finishes a batch before reading the next, so acknowledgements stay per entry.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** Entries pending on dead consumers are looked for at most this often (the claim timeout is far longer). */
    private static final long STALE_CLAIM_EVERY_NANOS = 1_000_000_000L;

    /** How the dispatcher runs: consumer name (stable per instance), batch, timeouts, threads. */
    public record Settings(String consumer, int batch, Duration claimTimeout, Duration pollInterval, int threads) {
    }

    private final EventLog log;
    private final RuleStore rules;
    private final DeadLetters deadLetters;
    private final Map<Target.Type, Deliverer> deliverers;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Settings settings;
    private final Scheduler scheduler;
    private final DoubleSupplier jitter;
    /** Runs the deliveries of targets with concurrency above 1 (threads are made as needed, up to this many). */
    private final ExecutorService parallel = Executors.newFixedThreadPool(2 * Target.MAX_CONCURRENCY,
            DaemonThreads.named("cloud-bus-parallel"));
    private final Map<String, Worker> workers = new ConcurrentHashMap<>();

    /** Delivery state of one target, visible through the API. */
    public record TargetStatus(long delivered, long retried, long deadLettered, String lastError, Instant lastErrorAt) {
    }

    public Dispatcher(EventLog log, RuleStore rules, DeadLetters deadLetters, Map<Target.Type, Deliverer> deliverers,
                      Clock clock, MeterRegistry registry, Settings settings) {
        this(log, rules, deadLetters, deliverers, clock, registry, settings,
                Scheduler.threads(settings.threads(), "cloud-bus-delivery"), () -> ThreadLocalRandom.current().nextDouble(-0.2, 0.2));
    }

    /**
     * A dispatcher whose worker loops run on {@code scheduler} and whose backoff jitter comes from
     * {@code jitter} (a fraction within ±0.2): tests run the loops one at a time with no jitter.
     */
    Dispatcher(EventLog log, RuleStore rules, DeadLetters deadLetters, Map<Target.Type, Deliverer> deliverers,
               Clock clock, MeterRegistry registry, Settings settings, Scheduler scheduler, DoubleSupplier jitter) {
        this.log = log;
        this.rules = rules;
        this.deadLetters = deadLetters;
        this.deliverers = Map.copyOf(deliverers);
        this.clock = clock;
        this.registry = registry;
        this.settings = settings;
        this.scheduler = scheduler;
        this.jitter = jitter;
    }

    /** Makes the workers match the stored rules: new targets get a group and a worker, removed ones lose both. */
    public synchronized void reload() {
        Map<String, Rule.Route> wanted = new HashMap<>();
        for (Rule rule : rules.rules(null)) {
            for (Target t : rule.targets()) {
                wanted.put(key(rule.bus(), rule.group(t)), new Rule.Route(rule, t));
            }
        }
        for (var it = workers.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Rule.Route now = wanted.get(e.getKey());
            if (now == null) {
                e.getValue().cancel();
                log.deleteGroup(e.getValue().rule.bus(), e.getValue().group);
                it.remove();
            } else {
                e.getValue().update(now.rule(), now.target());
            }
        }
        wanted.forEach((k, rt) -> workers.computeIfAbsent(k, x -> {
            Worker w = new Worker(rt.rule(), rt.target());
            log.createGroup(rt.rule().bus(), w.group);
            w.cancel = scheduler.repeat(w::poll, settings.pollInterval());
            return w;
        }));
    }

    /** Delivery state of a rule's target (zeros for an unknown one). */
    public TargetStatus status(String bus, Rule rule, Target target) {
        Worker w = workers.get(key(bus, rule.group(target)));
        return w == null ? new TargetStatus(0, 0, 0, null, null) : w.status();
    }

    /** Pending (delivered, unacknowledged) entries of a rule's target. */
    public long pending(String bus, Rule rule, Target target) {
        return log.pendingCount(bus, rule.group(target));
    }

    /** Sends a dead letter again, synchronously; throws when it fails again. */
    public void redeliver(Target target, String event) throws Deliverer.DeliveryException {
        CloudEvent e = CloudEvent.fromJson(event);
        deliverers.get(target.type()).deliver(target, e, body(target, e), 1);
    }

    private static String key(String bus, String group) {
        return bus + "/" + group;
    }

    private static String body(Target target, CloudEvent event) {
        return target.transform() == null ? event.toJson() : target.transform().apply(event.json());
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.close();
        parallel.shutdown();
        parallel.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The delivery loop of one rule target. */
    private final class Worker {
        private volatile Rule rule;
        private volatile Target target;
        private final String group;
        private final Counter matched;
        private final Counter delivered;
        private final Counter retried;
        private final Counter deadLettered;
        private final Timer latency;
        private volatile String lastError;
        private volatile Instant lastErrorAt;
        private boolean recovered;
        private long lastStaleClaim = System.nanoTime() - STALE_CLAIM_EVERY_NANOS;
        private Runnable cancel;

        Worker(Rule rule, Target target) {
            this.rule = rule;
            this.target = target;
            this.group = rule.group(target);
            String[] tags = {"bus", rule.bus(), "rule", rule.name(), "target", target.id()};
            matched = Counter.builder("cloudbus.events.matched").tags(tags).register(registry);
            delivered = Counter.builder("cloudbus.events.delivered").tags(tags).register(registry);
            retried = Counter.builder("cloudbus.events.retried").tags(tags).register(registry);
            deadLettered = Counter.builder("cloudbus.events.dead_lettered").tags(tags).register(registry);
            latency = Timer.builder("cloudbus.delivery.latency").tags(tags).publishPercentileHistogram().register(registry);
        }

        void update(Rule rule, Target target) {
            this.rule = rule;
            this.target = target;
        }

        void cancel() {
            if (cancel != null) {
                cancel.run();
            }
        }

        TargetStatus status() {
            return new TargetStatus((long) delivered.count(), (long) retried.count(), (long) deadLettered.count(), lastError, lastErrorAt);
        }

        void poll() {
            try {
                String bus = rule.bus();
                if (!recovered) {
                    process(log.readOwnPending(bus, group, settings.consumer(), settings.batch()));
                    recovered = true;
                }
                for (EventLog.Retry r : log.dueRetries(bus, group, clock.millis(), settings.batch())) {
                    log.claim(bus, group, settings.consumer(), r.entryId()).ifPresentOrElse(
                            e -> handle(e, r.attempts()),
                            () -> log.ack(bus, group, r.entryId()));
                }
                if (System.nanoTime() - lastStaleClaim >= STALE_CLAIM_EVERY_NANOS) {
                    lastStaleClaim = System.nanoTime();
                    for (Entry e : log.claimStale(bus, group, settings.consumer(), settings.claimTimeout(), settings.batch())) {
                        if (log.retry(bus, group, e.id()).isEmpty()) {
                            handle(e, 0); // a dead consumer's delivery; a scheduled retry waits for its time
                        }
                    }
                }
                for (int round = 0; round < 20; round++) {
                    List<Entry> fresh = log.readNew(bus, group, settings.consumer(), settings.batch());
                    handleNew(fresh);
                    if (fresh.size() < settings.batch()) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                String error = "delivery loop: " + e.getMessage();
                if (!error.equals(lastError)) { // once per outage, not once per poll
                    LOG.warn("cloud-bus {}/{}: delivery loop failed: {}", rule.bus(), group, e.toString());
                }
                lastError = error;
                lastErrorAt = clock.instant();
            }
        }

        /** Delivers entries never delivered before: in order, or {@code concurrency} at a time. */
        private void handleNew(List<Entry> fresh) {
            int concurrency = target.concurrency();
            if (concurrency == 1 || fresh.size() < 2) {
                fresh.forEach(e -> handle(e, 0));
                return;
            }
            Semaphore slots = new Semaphore(concurrency);
            List<CompletableFuture<Void>> running = new ArrayList<>(fresh.size());
            for (Entry e : fresh) {
                slots.acquireUninterruptibly();
                running.add(CompletableFuture.runAsync(() -> {
                    try {
                        handle(e, 0);
                    } finally {
                        slots.release();
                    }
                }, parallel));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }

        private void process(List<Entry> entries) {
            for (Entry e : entries) {
                handle(e, log.retry(rule.bus(), group, e.id()).map(EventLog.Retry::attempts).orElse(0));
            }
        }

        /** Delivers one entry after {@code previousAttempts} failures. */
        private void handle(Entry entry, int previousAttempts) {
            String bus = rule.bus();
            CloudEvent event = CloudEvent.fromJson(entry.event());
            if (!rule.pattern().matches(event.json())) {
                log.ack(bus, group, entry.id());
                return;
            }
            if (previousAttempts == 0) {
                matched.increment();
            }
            int attempt = previousAttempts + 1;
            try {
                deliverers.get(target.type()).deliver(target, event, body(target, event), attempt);
                log.ack(bus, group, entry.id());
                delivered.increment();
                latency.record(Math.max(0, clock.millis() - entry.appendedAt()), TimeUnit.MILLISECONDS);
            } catch (Deliverer.DeliveryException | RuntimeException failure) {
                String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
                lastError = reason;
                lastErrorAt = clock.instant();
                long now = clock.millis();
                Target.RetryPolicy policy = target.retry();
                boolean retryable = !(failure instanceof Deliverer.DeliveryException d) || d.retryable();
                long next = now + policy.backoffMillis(attempt, jitter.getAsDouble());
                boolean tooOld = next - entry.appendedAt() > policy.maxEventAge().toMillis();
                if (!retryable || attempt >= policy.maxAttempts() || tooOld) {
                    String why = !retryable ? "not retryable" : attempt >= policy.maxAttempts()
                            ? "after " + attempt + " attempts" : "event older than " + policy.maxEventAge() + " at the next attempt";
                    deadLetters.add(bus, rule.name(), target.id(), entry.id(), entry.event(), reason + " (" + why + ")",
                            attempt, entry.appendedAt(), now);
                    log.ack(bus, group, entry.id());
                    deadLettered.increment();
                } else {
                    log.scheduleRetry(bus, group, entry.id(), next, attempt, reason);
                    retried.increment();
                }
            }
        }
    }
}
