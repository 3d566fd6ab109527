package io.enis.kit.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.enis.kit.auth.ApiKeys;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.auth.DeploymentKey;
import io.enis.kit.auth.KeyAdminRoutes;
import io.enis.kit.auth.ScopeRole;
import io.enis.kit.config.CommonConfig;
import io.enis.kit.config.DeploymentEnvironment;
import io.enis.kit.config.Settings;
import io.enis.kit.db.Database;
import io.enis.kit.health.Readiness;
import io.enis.kit.http.ErrorHandlers;
import io.enis.kit.http.JettyProblemHandler;
import io.enis.kit.http.RequestIds;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.limits.ClientAddress;
import io.enis.kit.limits.ClientLimit;
import io.enis.kit.limits.RateLimiter;
import io.enis.kit.limits.TrustedProxies;
import io.enis.kit.metrics.HttpMetrics;
import io.enis.kit.openapi.OpenApiDocument;
import io.enis.kit.tracing.ServerSpans;
import io.enis.kit.tracing.Tracing;
import io.enis.kit.tracing.TracingSettings;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Starts a service: reads and validates the configuration, opens and migrates the database, lets the
 * service register its routes, then runs Javalin with request ids, authentication, rate limits,
 * problem+json errors, access logs, metrics, health, OpenAPI, the service's own request spans (when
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set, see {@link Tracing}) and graceful shutdown.
 */
public final class KitServer {
    /** How long an {@code Idempotency-Key} response is replayed. */
    public static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);
    /** The log line field naming the service. */
    static final String LOG_SERVICE = "service";
    /** The log line field naming the deployment environment ({@code ENVIRONMENT}). */
    static final String LOG_ENVIRONMENT = "environment";

    private static final Logger ACCESS = LoggerFactory.getLogger("io.enis.access");

    private KitServer() {}

    /**
     * Starts {@code definition} with the variables {@code env} and {@code clock}.
     *
     * @throws io.enis.kit.config.ConfigException listing every invalid setting
     * @throws Database.DatabaseException        when the database cannot be reached or migrated
     */
    public static <C> RunningService start(ServiceDefinition<C> definition, Map<String, String> env, Clock clock)
            throws Exception {
        Settings settings = new Settings(env);
        Configuration<C> read = read(definition, settings);
        settings.requireValid();
        CommonConfig common = read.common();
        C config = read.service();
        setLogLevel(common.logLevel());
        labelLogLines(definition.name(), read.environment());

        HttpMetrics metrics = new HttpMetrics(definition.name());
        Tracing tracing = Tracing.start(
                read.tracing(), version(definition), read.environment().name());
        Database database;
        try {
            database = Database.open(definition.name(), common.database(), common.dataDir(), metrics.registry());
        } catch (RuntimeException e) {
            tracing.close();
            metrics.close();
            throw e;
        }
        Readiness readiness = new Readiness();
        var runtime = new ServiceRuntime(
                common,
                database,
                metrics.registry(),
                clock,
                new Idempotency(database.jdbi(), clock, IDEMPOTENCY_RETENTION),
                readiness,
                tracing);
        try {
            return serve(
                    definition, config, common, read.proxies(), read.deploymentKeys(), runtime, readiness, metrics);
        } catch (Exception | Error e) {
            // what the service opened before failing (stores, threads), then the pool and the meters
            RunningService.release(definition.name(), runtime, metrics);
            throw e;
        }
    }

    /**
     * Every setting a service reads: the kit's, the proxies it trusts, its tracing, its environment, its own, and
     * the deployment keys it accepts.
     */
    record Configuration<C>(
            CommonConfig common,
            TrustedProxies proxies,
            TracingSettings tracing,
            DeploymentEnvironment environment,
            C service,
            List<DeploymentKey> deploymentKeys) {}

    /** Reads every setting of {@code definition}; problems are recorded in {@code settings} (also what --help lists). */
    static <C> Configuration<C> read(ServiceDefinition<C> definition, Settings settings) {
        CommonConfig common =
                CommonConfig.read(settings, definition.defaultPort(), definition.defaultRateLimitPerMinute());
        TrustedProxies proxies = TrustedProxies.read(settings);
        TracingSettings tracing = TracingSettings.read(settings, definition.name());
        DeploymentEnvironment environment = DeploymentEnvironment.read(settings);
        C config = definition.readConfig(settings);
        return new Configuration<>(
                common,
                proxies,
                tracing,
                environment,
                config,
                DeploymentKey.read(settings, definition.deploymentKeys()));
    }

    private static <C> RunningService serve(
            ServiceDefinition<C> definition,
            C config,
            CommonConfig common,
            TrustedProxies proxies,
            List<DeploymentKey> deploymentKeys,
            ServiceRuntime runtime,
            Readiness readiness,
            HttpMetrics metrics)
            throws Exception {
        Database database = runtime.database();
        readiness.add("database", database::check);

        Set<String> scopes = new TreeSet<>(definition.scopes());
        scopes.add(KeyAdminRoutes.SCOPE);
        ApiKeys keys = new ApiKeys(database.jdbi(), runtime.clock());
        List<DeploymentKey> fromEnvironment = new ArrayList<>();
        common.adminApiKey().ifPresent(admin -> fromEnvironment.add(DeploymentKey.bootstrap(admin, scopes)));
        fromEnvironment.addAll(deploymentKeys);
        Authenticator authenticator = new Authenticator(keys, fromEnvironment);
        RateLimiter limiter = new RateLimiter(common.rateLimitPerMinute());
        String version = version(definition);
        OpenApiDocument openApi = OpenApiDocument.load(definition.name(), version, scopes);

        var housekeeping = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(definition.name() + "-kit"));
        housekeeping.scheduleWithFixedDelay(
                () -> {
                    try {
                        runtime.idempotency().purgeExpired();
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(KitServer.class)
                                .warn("purging expired idempotency records failed: {}", e.toString());
                    }
                },
                10,
                10,
                TimeUnit.MINUTES);
        runtime.onStop(housekeeping::shutdownNow);

        Api api = runtime.api();
        definition.install(runtime, config);
        new KeyAdminRoutes(keys, authenticator, scopes).register(api);
        api.publicGet("/health/live", ctx -> Responses.ok(ctx, Map.of("status", "UP")));
        api.publicGet("/health/ready", ctx -> {
            var report = readiness.evaluate();
            Responses.json(ctx, report.up() ? 200 : 503, report);
        });
        api.publicGet(
                "/metrics",
                ctx -> Responses.text(ctx, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        api.publicGet("/openapi.json", ctx -> Responses.text(ctx, 200, "application/json", openApi.json()));

        GracefulHandler inFlight = new GracefulHandler();
        Javalin app = Javalin.create(cfg ->
                configure(cfg, common, proxies, api, authenticator, limiter, metrics, inFlight, runtime.tracing()));
        app.start(common.host(), common.port());
        LoggerFactory.getLogger(KitServer.class)
                .info(
                        "{} {} listening on {}:{} ({} store)",
                        definition.name(),
                        version,
                        common.host(),
                        app.port(),
                        database.embedded() ? "embedded H2" : "PostgreSQL");
        return new RunningService(definition.name(), app, runtime, readiness, metrics, openApi, inFlight);
    }

    private static void configure(
            JavalinConfig cfg,
            CommonConfig common,
            TrustedProxies proxies,
            Api api,
            Authenticator authenticator,
            RateLimiter limiter,
            HttpMetrics metrics,
            GracefulHandler inFlight,
            Tracing tracing) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = common.maxRequestBytes();
        cfg.jetty.modifyServer(server -> {
            server.setStopAtShutdown(false);
            // Counts requests until their whole response is written, so that stopping can wait for
            // them (RunningService.stop); Javalin attaches its handler inside this one.
            server.setHandler(inFlight);
            server.setErrorHandler(new JettyProblemHandler());
        });
        cfg.routes.before(RequestIds::assign);
        // before matching, so a 404 names its client too; the limiter, the span and the access log read it.
        // No proxy trusted: no handler at all (ClientAddress.of is then the TCP peer, what it would resolve)
        if (proxies.trustsAny()) {
            cfg.routes.before(ctx -> ClientAddress.assign(ctx, proxies));
        }
        // tracing off: no span handler at all (not one that checks a flag per request)
        ServerSpans spans = tracing.enabled()
                ? new ServerSpans(
                        tracing,
                        api.routes().stream()
                                .filter(r -> !r.traced())
                                .map(r -> r.method().name() + " " + r.path())
                                .collect(Collectors.toSet()))
                : null;
        if (spans != null) {
            cfg.routes.beforeMatched(spans::start);
        }
        cfg.routes.beforeMatched(ctx -> {
            authenticator.check(ctx);
            limiter.check(ctx);
        });
        ErrorHandlers.install(
                cfg.routes,
                api.routes().stream()
                        .filter(r -> r.errors() != null)
                        .collect(Collectors.toMap(r -> r.method().name() + " " + r.path(), Api.Route::errors)));
        for (Api.Route route : api.routes()) {
            RouteRole[] roles = roles(route);
            Handler handler = spans != null && route.traced() ? spans.wrap(route.handler()) : route.handler();
            cfg.routes.addHttpHandler(route.method(), route.path(), handler, roles);
        }
        cfg.requestLogger.http((ctx, millis) -> {
            try {
                if (spans != null) {
                    spans.end(ctx);
                }
                metrics.record(ctx, millis);
                logAccess(ctx, millis);
            } finally {
                MDC.clear();
            }
        });
    }

    /** What the authenticator and the limiter read of a route: its scope, or its per-client limit. */
    private static RouteRole[] roles(Api.Route route) {
        if (route.scope() != null) {
            return new RouteRole[] {new ScopeRole(route.scope())};
        }
        return route.perClientPerMinute() > 0
                ? new RouteRole[] {new ClientLimit(route.perClientPerMinute())}
                : new RouteRole[0];
    }

    private static void logAccess(Context ctx, float millis) {
        boolean infra = ctx.path().startsWith("/health/") || ctx.path().equals("/metrics");
        if (infra ? ACCESS.isDebugEnabled() : ACCESS.isInfoEnabled()) {
            String message =
                    ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " " + String.format("%.1fms", millis);
            Map<String, Object> entries = new LinkedHashMap<>();
            entries.put("http_method", ctx.method().name());
            entries.put("http_path", ctx.path());
            entries.put("http_status", ctx.statusCode());
            entries.put("duration_ms", Math.round(millis * 10) / 10.0);
            String client = ClientAddress.of(ctx);
            entries.put("client_ip", client);
            String peer = ClientAddress.peer(ctx);
            if (!peer.equals(client)) {
                // behind a trusted proxy: which one passed the request on
                entries.put("peer_ip", peer);
            }
            var fields = net.logstash.logback.argument.StructuredArguments.entries(entries);
            if (infra) {
                ACCESS.debug(message, fields);
            } else {
                ACCESS.info(message, fields);
            }
        }
    }

    /**
     * Every log line carries {@value #LOG_SERVICE} and, when {@code ENVIRONMENT} is set,
     * {@value #LOG_ENVIRONMENT}: properties of the logback context, which the JSON encoder writes into
     * each line (logback.xml). The context is the JVM's: one service per JVM.
     */
    static void labelLogLines(String service, DeploymentEnvironment environment) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.putProperty(LOG_SERVICE, service);
        environment.name().ifPresent(name -> context.putProperty(LOG_ENVIRONMENT, name));
    }

    private static void setLogLevel(String level) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.toLevel(level));
    }

    private static String version(ServiceDefinition<?> definition) {
        String v = definition.getClass().getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
