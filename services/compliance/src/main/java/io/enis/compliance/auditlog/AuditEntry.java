package io.enis.compliance.auditlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the audit log: who changed what, with the state before and after (JSON, or
 * {@code null} for a creation or a deletion), chained to the previous entry.
 *
 * @param seq      1, 2, 3, ... without gaps
 * @param atMs     when, epoch milliseconds
 * @param action   what kind of change ({@code audit.created}, {@code control.decided}, ...)
 * @param subject  what changed ({@code audit/aud_…}, ...)
 * @param prevHash the previous entry's {@code hash} (64 zeros for the first)
 * @param hash     {@link #computeHash()} when the entry was appended
 */
public record AuditEntry(
        long seq,
        long atMs,
        String actorId,
        String actorName,
        String action,
        String subject,
        String before,
        String after,
        String prevHash,
        String hash) {
    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256 of the canonical form: the JSON array {@code [seq, atMs, actorId, actorName, action,
     * subject, before, after, prevHash]} with {@code before} and {@code after} as the stored strings.
     */
    public String computeHash() {
        return computeHash(seq, atMs, actorId, actorName, action, subject, before, after, prevHash);
    }

    static String computeHash(
            long seq,
            long atMs,
            String actorId,
            String actorName,
            String action,
            String subject,
            String before,
            String after,
            String prevHash) {
        List<Object> canonical = Arrays.asList(seq, atMs, actorId, actorName, action, subject, before, after, prevHash);
        return Sha256.hex(Json.write(canonical));
    }

    /** The entry as the API shows it: {@code at} in RFC 3339, {@code before} and {@code after} as JSON. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("at", Instant.ofEpochMilli(atMs).toString());
        m.put("actor", Json.object("id", actorId, "name", actorName));
        m.put("action", action);
        m.put("subject", subject);
        m.put("before", tree(before));
        m.put("after", tree(after));
        m.put("prevHash", prevHash);
        m.put("hash", hash);
        return m;
    }

    private static Object tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json; // a tampered row may hold anything; show it as it is
        }
    }
}
