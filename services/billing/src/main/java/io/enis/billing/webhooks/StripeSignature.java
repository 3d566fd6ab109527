package io.enis.billing.webhooks;

import io.enis.kit.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Stripe's {@code Stripe-Signature} header, {@code t=<unix seconds>,v1=<hex>[,v1=<hex>…]}
 * (other schemes such as {@code v0} are ignored): some {@code v1} must equal
 * HMAC-SHA256(secret, {@code t + "." + payload}) under one of the endpoint's secrets (several
 * during a secret's rotation), compared in constant time ({@link MessageDigest#isEqual}), and
 * {@code t} must lie within {@code tolerance} (default 300 s) of the clock, either way, so a
 * captured request cannot be replayed later.
 */
public final class StripeSignature {
    /** Stripe's own libraries' default. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    static final String FIELD = "Stripe-Signature";

    private final List<byte[]> secrets;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * @param secrets the endpoint's signing secrets ({@code STRIPE_WEBHOOK_SECRET}, {@code whsec_…}), at least one
     */
    public StripeSignature(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("a webhook endpoint needs at least one non-empty signing secret");
        }
        this.secrets =
                secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws InvalidInputException on field {@code Stripe-Signature}: missing or malformed header, no
     *                               {@code v1} signature, a timestamp outside the tolerance, or no
     *                               matching signature
     */
    public void verify(byte[] payload, String header) {
        if (header == null || header.isBlank()) {
            throw refuse("is required; allowed: t=<unix seconds>,v1=<hex HMAC-SHA256>");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw refuse("'" + part.trim() + "' is not key=value");
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw refuse("t='" + value + "' is not a unix time in seconds");
                }
            } else if (key.equals("v1")) {
                try {
                    signatures.add(HexFormat.of().parseHex(value));
                } catch (IllegalArgumentException e) {
                    signatures.add(new byte[0]); // never matches
                }
            }
        }
        if (timestamp == null) {
            throw refuse("has no timestamp t=");
        }
        if (signatures.isEmpty()) {
            throw refuse("has no v1 signature");
        }
        long age = clock.millis() / 1000 - timestamp;
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw refuse("timestamp " + timestamp + " is " + Math.abs(age) + " s " + (age > 0 ? "old" : "in the future")
                    + "; allowed: within " + tolerance.toSeconds() + " s of now (a stale or replayed request)");
        }
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, timestamp, payload);
            for (byte[] candidate : signatures) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return;
                }
            }
        }
        throw refuse("no v1 signature matches the payload under the endpoint's signing secret");
    }

    /** The header Stripe would send for {@code payload} at {@code timestamp}: for tests and tools. */
    public static String header(byte[] payload, String secret, long timestamp) {
        return "t=" + timestamp + ",v1="
                + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp, payload));
    }

    private static byte[] hmac(byte[] secret, long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static InvalidInputException refuse(String message) {
        return InvalidInputException.field(FIELD, message);
    }
}
