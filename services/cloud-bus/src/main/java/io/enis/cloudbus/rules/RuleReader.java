package io.enis.cloudbus.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.json.Fields;
import io.enis.kit.outbound.OutboundPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule from a create or replace request, compiling the pattern
 * and the transformations so that a malformed one is refused at creation with its path, and checking
 * every target. All problems are reported at once.
 */
public final class RuleReader {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final String NAME_ALLOWED = "1-64 lower-case letters, digits or -, starting with a letter or digit";
    private static final Pattern STREAM = Pattern.compile("[A-Za-z0-9:_.-]{1,200}");

    private final boolean redisAvailable;
    private final OutboundPolicy outbound;

    /**
     * @param redisAvailable whether redis-stream targets can be delivered
     * @param outbound       where webhook targets may point
     */
    public RuleReader(boolean redisAvailable, OutboundPolicy outbound) {
        this.redisAvailable = redisAvailable;
        this.outbound = outbound;
    }

    /**
     * Reads a rule from a create/replace request; webhook URLs are checked against the outbound policy.
     *
     * @throws InvalidInputException naming each invalid field
     */
    public Rule fromRequest(String bus, String name, JsonNode body, Instant created, Instant now) {
        return read(bus, name, body, created, now);
    }

    private Rule read(String bus, String name, JsonNode body, Instant created, Instant now) {
        Fields f = new Fields();
        if (f.requireObject(body, "") == null) {
            f.throwIfInvalid();
        }
        EventPattern pattern = null;
        JsonNode patternJson = body.get("pattern");
        try {
            pattern = EventPattern.compile(patternJson);
        } catch (EventPattern.PatternException e) {
            f.reject(e.path(), e.getMessage());
        }
        List<Target> targets = new ArrayList<>();
        JsonNode list = body.get("targets");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > Rule.MAX_TARGETS) {
            f.reject("targets", "must be an array of 1 to " + Rule.MAX_TARGETS + " targets");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Target t = target(list.get(i), "targets[" + i + "]", f);
                if (t != null && !ids.add(t.id())) {
                    f.reject("targets[" + i + "].id", "duplicate target id '" + t.id() + "'");
                } else if (t != null) {
                    targets.add(t);
                }
            }
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!List.of("name", "pattern", "targets").contains(field)) {
                f.reject(field, "unknown field; allowed: pattern, targets");
            }
        });
        f.throwIfInvalid();
        return new Rule(bus, name, patternJson, pattern, List.copyOf(targets), created == null ? now : created, now);
    }

    private Target target(JsonNode n, String p, Fields f) {
        if (f.requireObject(n, p) == null) {
            return null;
        }
        int before = f.errors().size();
        String id = f.requiredText(n, "id", p + ".id", NAME, NAME_ALLOWED);
        String typeText = f.requiredText(n, "type", p + ".type", Pattern.compile("webhook|bus|redis-stream"), "webhook, bus or redis-stream");
        Target.Type type = typeText == null ? null : Target.Type.fromWireName(typeText);
        String address = null;
        String secret = null;
        if (type == Target.Type.WEBHOOK) {
            address = f.requiredText(n, "url", p + ".url", OutboundPolicy.URL, OutboundPolicy.URL_ALLOWED);
            if (address != null) {
                outbound.checkUrl(f, p + ".url", address);
            }
            secret = f.requiredText(n, "secret", p + ".secret", Pattern.compile("\\S{16,200}"),
                    "16-200 characters without spaces (the HMAC-SHA256 signing key)");
        } else if (type == Target.Type.BUS) {
            address = f.requiredText(n, "bus", p + ".bus", NAME, NAME_ALLOWED);
        } else if (type == Target.Type.REDIS_STREAM) {
            address = f.requiredText(n, "stream", p + ".stream", STREAM, "1-200 of A-Z a-z 0-9 : _ . -");
            if (!redisAvailable) {
                f.reject(p + ".type", "redis-stream targets need REDIS_URL; this service runs on its embedded store");
            }
        }
        InputTransformer transform = null;
        JsonNode t = n.get("transform");
        if (t != null && !t.isNull()) {
            Map<String, String> paths = f.stringMap(t, "inputPaths", p + ".transform.inputPaths",
                    Pattern.compile("[A-Za-z0-9_.-]{1,64}"), "1-64 of A-Z a-z 0-9 _ . -", 100);
            String template = f.requiredText(t, "template", p + ".transform.template", Pattern.compile("(?s).{1,8192}"), "1-8192 characters");
            if (template != null) {
                try {
                    transform = InputTransformer.compile(paths, template, p + ".transform");
                } catch (EventPattern.PatternException e) {
                    f.reject(e.path(), e.getMessage());
                }
            }
        }
        JsonNode r = n.path("retry");
        Double attempts = f.optionalNumber(r, "maxAttempts", p + ".retry.maxAttempts");
        if (attempts != null && (attempts != Math.floor(attempts) || attempts < 1 || attempts > 100)) {
            f.reject(p + ".retry.maxAttempts", "must be a whole number from 1 to 100");
        }
        Duration age = f.optionalDuration(r, "maxEventAge", p + ".retry.maxEventAge");
        Duration backoff = f.optionalDuration(r, "backoff", p + ".retry.backoff");
        if (age != null && (age.isZero() || age.compareTo(Duration.ofDays(7)) > 0)) {
            f.reject(p + ".retry.maxEventAge", "must be between 1s and 7d");
        }
        if (backoff != null && backoff.compareTo(Target.RetryPolicy.MAX_BACKOFF) > 0) {
            f.reject(p + ".retry.backoff", "must be at most 15m");
        }
        Double concurrency = f.optionalNumber(n, "concurrency", p + ".concurrency");
        if (concurrency != null && (concurrency != Math.floor(concurrency) || concurrency < 1 || concurrency > Target.MAX_CONCURRENCY)) {
            f.reject(p + ".concurrency", "must be a whole number from 1 (in publication order) to " + Target.MAX_CONCURRENCY);
        }
        if (f.errors().size() > before) {
            return null;
        }
        Target.RetryPolicy defaults = Target.RetryPolicy.DEFAULT;
        return new Target(id, type, address, secret, transform,
                new Target.RetryPolicy(attempts == null ? defaults.maxAttempts() : attempts.intValue(),
                        age == null ? defaults.maxEventAge() : age, backoff == null ? defaults.firstBackoff() : backoff),
                concurrency == null ? 1 : concurrency.intValue());
    }
}
