package io.enis.cloudbus.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.enis.kit.time.Durations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target as settings: what {@link RuleStore} stores and what the API shows, written from the
 * {@link Target} itself (every effective value, defaults included), never from a request body. The JSON
 * shape is the request's ({@code url}, {@code bus} or {@code stream} by type; durations in Prometheus
 * notation), so rules stored before this form existed read the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetSettings(String id, String type, String url, String secret, String bus, String stream,
                             Transform transform, Retry retry, Integer concurrency) {
    /** An input transformation: JSONPaths by name and the body template. */
    public record Transform(Map<String, String> inputPaths, String template) {
    }

    /** Retries: attempts, the age past which none is made, the first backoff. */
    public record Retry(Integer maxAttempts, String maxEventAge, String backoff) {
    }

    /** The settings of {@code target}. */
    public static TargetSettings of(Target target) {
        String address = target.address();
        Target.RetryPolicy r = target.retry();
        return new TargetSettings(target.id(), target.type().wireName(),
                target.type() == Target.Type.WEBHOOK ? address : null, target.secret(),
                target.type() == Target.Type.BUS ? address : null, target.type() == Target.Type.REDIS_STREAM ? address : null,
                target.transform() == null ? null : new Transform(target.transform().inputPaths(), target.transform().template()),
                new Retry(r.maxAttempts(), Durations.format(r.maxEventAge()), Durations.format(r.firstBackoff())),
                target.concurrency());
    }

    /**
     * The target again. Settings written by {@link #of} were valid when written; missing retry values
     * (rules stored as their request) take the defaults the request would have.
     *
     * @throws IllegalArgumentException when they do not describe a target (an unknown type, a broken transform)
     */
    public Target toTarget() {
        Target.Type t = Target.Type.fromWireName(type);
        String address = switch (t) {
            case WEBHOOK -> url;
            case BUS -> bus;
            case REDIS_STREAM -> stream;
        };
        InputTransformer transformer = transform == null ? null : InputTransformer.compile(
                transform.inputPaths() == null ? Map.of() : new LinkedHashMap<>(transform.inputPaths()), transform.template(), "transform");
        Retry given = retry == null ? new Retry(null, null, null) : retry;
        Target.RetryPolicy policy = new Target.RetryPolicy(
                given.maxAttempts() == null ? Target.RetryPolicy.DEFAULT.maxAttempts() : given.maxAttempts(),
                given.maxEventAge() == null ? Target.RetryPolicy.DEFAULT.maxEventAge() : Durations.parse(given.maxEventAge()),
                given.backoff() == null ? Target.RetryPolicy.DEFAULT.firstBackoff() : Durations.parse(given.backoff()));
        return new Target(id, t, address, secret, transformer, policy, concurrency == null ? 1 : concurrency);
    }

    /** The settings without the webhook secret ({@code ***} in its place), for responses. */
    public TargetSettings withSecretHidden() {
        return new TargetSettings(id, type, url, secret == null ? null : "***", bus, stream, transform, retry, concurrency);
    }
}
