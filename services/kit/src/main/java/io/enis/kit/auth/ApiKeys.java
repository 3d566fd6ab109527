package io.enis.kit.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/**
 * API keys in the service's database. A key is {@code enis_} + 32 random bytes (base64url); only its
 * SHA-256 is stored. A salted slow hash (bcrypt, Argon2) protects low-entropy passwords; a 256-bit
 * random key cannot be guessed from its hash, and a fast hash keeps the per-request check cheap.
 */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbi jdbi;
    private final Clock clock;

    public ApiKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A stored key, without its secret. {@code revokedAt} is {@code null} while the key is active. */
    public record StoredKey(
            String id, String name, Set<String> scopes, int rateLimitPerMinute, Instant createdAt, Instant revokedAt) {
        public Principal principal() {
            return new Principal(id, name, scopes, rateLimitPerMinute);
        }
    }

    /** A newly created key: the secret is shown once and never stored. */
    public record CreatedKey(StoredKey stored, String secret) {}

    /** Creates a key with {@code scopes}; {@code rateLimitPerMinute} 0 uses the service default. */
    public CreatedKey create(String name, Set<String> scopes, int rateLimitPerMinute) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "enis_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String id = "key_" + HexFormat.of().formatHex(Arrays.copyOf(sha256(secret + "#id"), 8));
        Instant now = clock.instant();
        var sorted = new TreeSet<>(scopes);
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into api_keys (id, name, key_hash, scopes, rate_limit_per_minute, created_at)
                        values (:id, :name, :hash, :scopes, :rate, :created)""")
                .bind("id", id)
                .bind("name", name)
                .bind("hash", hash(secret))
                .bind("scopes", String.join(" ", sorted))
                .bind("rate", rateLimitPerMinute)
                .bind("created", now.toEpochMilli())
                .execute());
        return new CreatedKey(new StoredKey(id, name, sorted, rateLimitPerMinute, now, null), secret);
    }

    /** The active key whose secret hashes to {@code secretHash} ({@link #hash}), if any. */
    public Optional<StoredKey> findActiveByHash(String secretHash) {
        return jdbi.withHandle(
                h -> h.createQuery("select * from api_keys where key_hash = :hash and revoked_at is null")
                        .bind("hash", secretHash)
                        .map((rs, ctx) -> read(rs))
                        .findOne());
    }

    /** Every key, newest first, revoked ones included. */
    public List<StoredKey> list() {
        return jdbi.withHandle(h -> h.createQuery("select * from api_keys order by created_at desc, id")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    /** Revokes {@code id}; returns the key as it is now, empty when no such key exists. */
    public Optional<StoredKey> revoke(String id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("update api_keys set revoked_at = :now where id = :id and revoked_at is null")
                    .bind("now", clock.instant().toEpochMilli())
                    .bind("id", id)
                    .execute();
            return h.createQuery("select * from api_keys where id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> read(rs))
                    .findOne();
        });
    }

    /** Hex SHA-256 of a secret, the form stored and compared. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private static byte[] sha256(String s) {
        return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    private static StoredKey read(ResultSet rs) throws SQLException {
        long revoked = rs.getLong("revoked_at");
        boolean active = rs.wasNull();
        String scopes = rs.getString("scopes");
        return new StoredKey(
                rs.getString("id"),
                rs.getString("name"),
                scopes.isEmpty() ? Set.of() : new TreeSet<>(List.of(scopes.split(" "))),
                rs.getInt("rate_limit_per_minute"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                active ? null : Instant.ofEpochMilli(revoked));
    }
}
