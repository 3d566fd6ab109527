package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What a usage line was computed from: how many events, and a SHA-256 over their ids, sorted
 * (Java's {@link String} order, that is UTF-16 code units) and each followed by a line feed, in
 * UTF-8. The same events in any order give the same digest, so re-rating them reproduces the line;
 * anyone holding the ids can recompute it ({@code printf '%s\n' ids… | sort | sha256sum} for ASCII ids).
 */
public record UsageEvidence(long eventCount, String eventsSha256) {
    /** @throws InvalidInputException on {@code event_ids} when an id is null or repeated */
    public static UsageEvidence of(Collection<String> eventIds) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String id : eventIds) {
            if (id == null) {
                throw InvalidInputException.field("event_ids", "an event id is null");
            }
            if (!sorted.add(id)) {
                throw InvalidInputException.field(
                        "event_ids", "event id '" + id + "' appears twice; each event is billed once");
            }
        }
        MessageDigest sha = sha256();
        for (String id : sorted) {
            sha.update((id + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new UsageEvidence(sorted.size(), HexFormat.of().formatHex(sha.digest()));
    }

    /** The evidence of no events at all (a metered line with zero usage). */
    public static UsageEvidence none() {
        return of(List.of());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
