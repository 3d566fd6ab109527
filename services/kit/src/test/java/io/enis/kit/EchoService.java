package io.enis.kit;

import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** A minimal service on the kit, to test the kit over real HTTP. */
final class EchoService implements ServiceDefinition<Duration> {
    /** Requests per minute one client address may make to /v1/echo/public/{word}. */
    static final int PUBLIC_PER_CLIENT = 3;

    final AtomicInteger created = new AtomicInteger();
    /** Counted down when a request enters /v1/echo/slow, so a test knows it is in flight. */
    final CountDownLatch slowEntered = new CountDownLatch(1);

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public int defaultPort() {
        return 8099;
    }

    @Override
    public int defaultRateLimitPerMinute() {
        return 1000;
    }

    @Override
    public Set<String> scopes() {
        return Set.of("echo:read", "echo:write");
    }

    @Override
    public Map<String, Set<String>> deploymentKeys() {
        return Map.of("ECHO_PEER_KEY", Set.of("echo:read"));
    }

    @Override
    public Duration readConfig(Settings settings) {
        return settings.duration("ECHO_SLOW", Duration.ofMillis(300), Duration.ZERO, "how long /v1/echo/slow takes");
    }

    @Override
    public void install(ServiceRuntime runtime, Duration slow) {
        runtime.api()
                .get("/v1/echo", "echo:read", ctx -> Responses.ok(ctx, Map.of("hello", "world")))
                .post("/v1/echo", "echo:write", runtime.idempotency().wrap(ctx -> {
                    var body = Json.parse(ctx.bodyAsBytes());
                    var f = new Fields();
                    String text =
                            f.requiredText(body, "text", "text", Pattern.compile(".{1,20}"), "1 to 20 characters");
                    f.throwIfInvalid();
                    Responses.json(ctx, 201, Map.of("text", text, "n", created.incrementAndGet()));
                }))
                .get("/v1/echo/slow", "echo:read", ctx -> {
                    slowEntered.countDown();
                    Thread.sleep(slow.toMillis());
                    Responses.ok(ctx, Map.of("slow", true));
                })
                .get(
                        "/v1/echo/words/{word}",
                        "echo:read",
                        ctx -> Responses.ok(ctx, Map.of("word", ctx.pathParam("word"))))
                .get("/v1/echo/refuse/{kind}", "echo:read", ctx -> {
                    throw refusal(ctx.pathParam("kind"));
                })
                .get("/v1/echo/fail", "echo:read", ctx -> {
                    throw new IllegalStateException("secret internal detail");
                })
                .publicGetPerClient(
                        "/v1/echo/public/{word}",
                        PUBLIC_PER_CLIENT,
                        ctx -> Responses.ok(ctx, Map.of("word", ctx.pathParam("word"))));
    }

    /** Each domain refusal the kit maps, as domain code throws it (no HTTP types). */
    private static DomainException refusal(String kind) {
        return switch (kind) {
            case "invalid" ->
                InvalidInputException.of(List.of(new Violation("a", "must be x"), new Violation("b", "must be y")));
            case "missing" -> new NotFoundException("no word 'w'");
            case "conflict" -> new ConflictException("id reused", List.of(new Violation("id", "already used")));
            case "large" -> io.enis.kit.domain.TooLargeException.field("items", "at most 3 items per request");
            case "limit" -> new UnprocessableException("limit-exceeded", "Limit exceeded", "too many", List.of());
            default ->
                new UnavailableException(
                        "echo store",
                        "disk full",
                        Duration.ofSeconds(7),
                        new java.io.IOException("No space left on device"));
        };
    }
}
