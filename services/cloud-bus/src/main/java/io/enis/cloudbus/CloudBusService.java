package io.enis.cloudbus;

import io.enis.kit.app.DaemonThreads;
import io.enis.cloudbus.delivery.BusDeliverer;
import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.Deliverer;
import io.enis.cloudbus.delivery.Dispatcher;
import io.enis.cloudbus.delivery.Publisher;
import io.enis.cloudbus.delivery.RedisStreamDeliverer;
import io.enis.cloudbus.delivery.WebhookDeliverer;
import io.enis.cloudbus.events.EventTraceContext;
import io.enis.cloudbus.manage.DeadLetterQueue;
import io.enis.cloudbus.manage.RuleAdmin;
import io.enis.cloudbus.rules.RuleReader;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.cloudbus.store.EventLog;
import io.enis.cloudbus.store.RedisEventLog;
import io.enis.cloudbus.store.SqlEventLog;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.tracing.ClientSpans;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The cloud-bus service: CloudEvents published over HTTP into buses (Redis Streams, or the service
 * database without Redis), routed by EventBridge-style rules to webhooks, other buses and Redis
 * streams, with transformation, retries and dead-letter queues.
 * Start: {@code java -jar services/cloud-bus/target/enis-cloud-bus.jar}.
 */
public final class CloudBusService implements ServiceDefinition<CloudBusConfig> {
    /** The deployment key that may only publish events. */
    public static final String PUBLISHER_KEY = "PUBLISHER_API_KEY";
    /** The bus that always exists ({@code POST /v1/events} publishes to it). */
    public static final String DEFAULT_BUS = RuleAdmin.DEFAULT_BUS;
    private Dispatcher dispatcher;

    public static void main(String[] args) {
        ServiceLauncher.launch(new CloudBusService(), args);
    }

    @Override
    public String name() {
        return "cloud-bus";
    }

    @Override
    public int defaultPort() {
        return 8085;
    }

    @Override
    public int defaultRateLimitPerMinute() {
        return 15_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    /** {@value #PUBLISHER_KEY}: what services deployed beside the bus publish with (the stacks give it to observability's alerts). */
    @Override
    public Map<String, Set<String>> deploymentKeys() {
        return Map.of(PUBLISHER_KEY, Set.of(Scopes.EVENTS_PUBLISH));
    }

    @Override
    public CloudBusConfig readConfig(Settings settings) {
        return CloudBusConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, CloudBusConfig config) throws Exception {
        boolean redis = config.redisUrl().isPresent();
        EventLog log = redis ? new RedisEventLog(config.redisUrl().get()) : new SqlEventLog(runtime.database().jdbi());
        log.check();
        runtime.readinessCheck("event-log", log::check);
        LoggerFactory.getLogger(CloudBusService.class).info("cloud-bus event log: {}", log.describe());

        RuleReader reader = new RuleReader(redis, config.outbound());
        RuleStore rules = new RuleStore(runtime.database().jdbi(), redis);
        rules.createBus(DEFAULT_BUS, "the bus of POST /v1/events", runtime.clock().instant());
        DeadLetters deadLetters = new DeadLetters(runtime.database().jdbi());
        EventTraceContext traces = new EventTraceContext(runtime.tracing().propagator());
        Publisher publisher = new Publisher(log, runtime.clock(), config.dedupWindow(), runtime.registry(), traces);

        Map<Target.Type, Deliverer> deliverers = new EnumMap<>(Target.Type.class);
        deliverers.put(Target.Type.WEBHOOK, new WebhookDeliverer(config.webhookTimeout(), config.outbound(), runtime.clock(),
                new ClientSpans(runtime.tracing()), traces));
        deliverers.put(Target.Type.BUS, new BusDeliverer(publisher, rules));
        if (redis) {
            RedisStreamDeliverer bridge = new RedisStreamDeliverer(config.redisUrl().get());
            deliverers.put(Target.Type.REDIS_STREAM, bridge);
            runtime.onStop(bridge);
        }
        dispatcher = new Dispatcher(log, rules, deadLetters, deliverers, runtime.clock(), runtime.registry(),
                new Dispatcher.Settings(config.consumerName(), 100, config.claimTimeout(), config.pollInterval(), config.deliveryThreads()));
        runtime.onStop(log);
        runtime.onStop(dispatcher);
        dispatcher.reload();

        new EventRoutes(publisher, rules, runtime.idempotency(), config.maxEventsPerRequest(), config.maxEventBytes()).register(runtime.api());
        new BusRoutes(new RuleAdmin(rules, reader, dispatcher, runtime.clock()), rules, dispatcher, deadLetters).register(runtime.api());
        new DeadLetterRoutes(new DeadLetterQueue(deadLetters, rules, dispatcher::redeliver, runtime.clock())).register(runtime.api());

        var trimmer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("cloud-bus-retention"));
        trimmer.scheduleWithFixedDelay(() -> {
            try {
                long cutoff = runtime.clock().millis() - config.retention().toMillis();
                rules.buses().forEach(b -> log.trim(b.name(), cutoff));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(CloudBusService.class).warn("stream retention failed: {}", e.toString());
            }
        }, 1, 5, TimeUnit.MINUTES);
        runtime.onStop(trimmer::shutdownNow);
    }

    /** The dispatcher of the running instance (tests look at it). */
    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
