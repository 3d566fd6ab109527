package io.enis.billing.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Identifiers of billing objects: a type prefix, then 12 hex digits of the creation time in
 * milliseconds and 12 random hex digits ({@code cus_018d2a6f3b00a1b2c3d4e5f6}). They sort by creation
 * time (to the millisecond), which is the order lists are paged in.
 */
public final class Ids {
    /** What an id looks like, for any prefix. */
    public static final Pattern PATTERN = Pattern.compile("[a-z]{2,5}_[0-9a-f]{24}");
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A new id with {@code prefix} ({@code cus}, {@code sub}, …). */
    public String next(String prefix) {
        byte[] tail = new byte[6];
        random.nextBytes(tail);
        return prefix + "_" + String.format("%012x", clock.millis() & 0xffff_ffff_ffffL) + HexFormat.of().formatHex(tail);
    }
}
