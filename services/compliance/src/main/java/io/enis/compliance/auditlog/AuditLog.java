package io.enis.compliance.auditlog;

import io.enis.compliance.auditlog.Verification.BrokenLink;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The append-only, hash-chained record of every change. Writers call {@link #append} inside the
 * transaction of their change, so the entry commits with it or not at all (a refused request appends
 * nothing). {@link #signDigest} signs the entries since the last digest; {@link #verify} walks the
 * whole log in one pass (streamed, constant memory) and names the first broken link.
 *
 * <p>Ordering: appends lock the one-row head table, so concurrent transactions get consecutive
 * sequence numbers in commit order. What it cannot detect: entries appended after the last digest and
 * then removed together with the head's update (sign digests often: {@code AUDIT_DIGEST_INTERVAL}).
 */
public final class AuditLog {
    private static final RowMapper<AuditEntry> ENTRY = (rs, ctx) -> new AuditEntry(
            rs.getLong("seq"),
            rs.getLong("at_ms"),
            rs.getString("actor_id"),
            rs.getString("actor_name"),
            rs.getString("action"),
            rs.getString("subject"),
            rs.getString("before_json"),
            rs.getString("after_json"),
            rs.getString("prev_hash"),
            rs.getString("hash"));
    private static final RowMapper<Digest> DIGEST = (rs, ctx) -> new Digest(
            rs.getLong("from_seq"),
            rs.getLong("to_seq"),
            rs.getLong("signed_at_ms"),
            rs.getString("last_hash"),
            rs.getString("entries_sha256"),
            rs.getString("previous_signature"),
            rs.getString("key_id"),
            rs.getString("signature"));
    private static final String COLUMNS =
            "seq, at_ms, actor_id, actor_name, action, subject, before_json, after_json, prev_hash, hash";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditSigner signer;

    public AuditLog(Jdbi jdbi, Clock clock, AuditSigner signer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.signer = signer;
    }

    private record Head(long seq, String hash) {}

    private static Head lockHead(Handle h) {
        return h.createQuery("SELECT seq, hash FROM audit_log_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .one();
    }

    /**
     * The sequence number of the last entry, read without a lock in {@code h}; empty when the head row is
     * missing (a tampered store). Every recorded change appends an entry in its own transaction, so an
     * unchanged head means nothing was recorded meanwhile (what {@link
     * io.enis.compliance.evidence.EvidenceRepository} keys its snapshots on).
     */
    public static OptionalLong headSeq(Handle h) {
        return h.createQuery("SELECT seq FROM audit_log_head WHERE id = 1")
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /**
     * Appends one entry in {@code h}'s transaction.
     *
     * @param before the state before (serialized as JSON), {@code null} for a creation
     * @param after  the state after, {@code null} for a deletion
     */
    public AuditEntry append(Handle h, Actor actor, String action, String subject, Object before, Object after) {
        Head head = lockHead(h);
        long seq = head.seq() + 1;
        String beforeJson = before == null ? null : Json.write(before);
        String afterJson = after == null ? null : Json.write(after);
        long at = clock.millis();
        String hash = AuditEntry.computeHash(
                seq, at, actor.id(), actor.name(), action, subject, beforeJson, afterJson, head.hash());
        AuditEntry entry = new AuditEntry(
                seq, at, actor.id(), actor.name(), action, subject, beforeJson, afterJson, head.hash(), hash);
        h.createUpdate("INSERT INTO audit_log (" + COLUMNS
                        + ") VALUES (:seq, :atMs, :actorId, :actorName, :action, :subject, "
                        + ":before, :after, :prevHash, :hash)")
                .bindMethods(entry)
                .execute();
        h.createUpdate("UPDATE audit_log_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq)
                .bind("hash", hash)
                .execute();
        return entry;
    }

    /** Up to {@code limit} entries after {@code afterSeq}, oldest first. */
    public List<AuditEntry> entries(long afterSeq, int limit) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE seq > :after ORDER BY seq LIMIT :limit")
                        .bind("after", afterSeq)
                        .bind("limit", limit)
                        .map(ENTRY)
                        .list());
    }

    /** Every digest, oldest first. */
    public List<Digest> digests() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log_digests ORDER BY to_seq")
                .map(DIGEST)
                .list());
    }

    /** The signer of new digests (its public key is published). */
    public AuditSigner signer() {
        return signer;
    }

    /** Signs the entries appended since the last digest; empty when there are none. */
    public Optional<Digest> signDigest() {
        return jdbi.inTransaction(h -> {
            Head head = lockHead(h);
            Optional<Digest> last = h.createQuery("SELECT * FROM audit_log_digests ORDER BY to_seq DESC LIMIT 1")
                    .map(DIGEST)
                    .findOne();
            long from = last.map(d -> d.toSeq() + 1).orElse(1L);
            if (head.seq() < from) {
                return Optional.empty();
            }
            MessageDigest covered = Sha256.digest();
            try (Stream<String> hashes = h
                    .createQuery("SELECT hash FROM audit_log WHERE seq BETWEEN :from AND :to ORDER BY seq")
                    .bind("from", from)
                    .bind("to", head.seq())
                    .setFetchSize(1000)
                    .mapTo(String.class)
                    .stream()) {
                hashes.forEach(hash -> covered.update(hash.getBytes(StandardCharsets.US_ASCII)));
            }
            String entriesSha = Sha256.finish(covered);
            long at = clock.millis();
            String previous = last.map(Digest::signature).orElse(null);
            String signature = signer.sign(Digest.payload(from, head.seq(), head.hash(), entriesSha, at, previous));
            Digest digest =
                    new Digest(from, head.seq(), at, head.hash(), entriesSha, previous, signer.keyId(), signature);
            h.createUpdate("INSERT INTO audit_log_digests (to_seq, from_seq, signed_at_ms, last_hash, entries_sha256, "
                            + "previous_signature, key_id, signature) VALUES (:toSeq, :fromSeq, :signedAtMs, :lastHash, :entriesSha256, "
                            + ":previousSignature, :keyId, :signature)")
                    .bindMethods(digest)
                    .execute();
            return Optional.of(digest);
        });
    }

    /** Walks the log and its digests from the start; reports the first broken link. */
    public Verification verify() {
        return jdbi.inTransaction(h -> {
            Head head = h.createQuery("SELECT seq, hash FROM audit_log_head WHERE id = 1")
                    .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                    .one();
            List<Digest> digests = h.createQuery("SELECT * FROM audit_log_digests ORDER BY to_seq")
                    .map(DIGEST)
                    .list();
            try (Stream<AuditEntry> rows = h
                    .createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE seq <= :head ORDER BY seq")
                    .bind("head", head.seq())
                    .setFetchSize(1000)
                    .map(ENTRY)
                    .stream()) {
                return new Walk(head, digests).run(rows.iterator());
            }
        });
    }

    /** One verification pass: the entries in order, the digests checked as their last entry goes by. */
    private final class Walk {
        private final Head head;
        private final List<Digest> digests;
        private int nextDigest;
        private int verified;
        private int skipped;
        private MessageDigest covered;
        private long count;

        Walk(Head head, List<Digest> digests) {
            this.head = head;
            this.digests = digests;
        }

        Verification run(Iterator<AuditEntry> rows) {
            long expected = 1;
            String previousHash = AuditEntry.GENESIS;
            while (rows.hasNext()) {
                AuditEntry e = rows.next();
                count++;
                if (e.seq() != expected) {
                    return broken(
                            expected,
                            "missing",
                            "entry " + expected + " is missing: the next one present is " + e.seq());
                }
                if (!e.prevHash().equals(previousHash)) {
                    return broken(
                            e.seq(),
                            "out-of-order",
                            "entry " + e.seq() + " does not follow entry " + (e.seq() - 1) + ": it names previous hash "
                                    + e.prevHash() + ", entry " + (e.seq() - 1) + " has " + previousHash);
                }
                if (!e.computeHash().equals(e.hash())) {
                    return broken(
                            e.seq(),
                            "edited",
                            "entry " + e.seq() + " was changed after it was written: its content hashes to "
                                    + e.computeHash() + ", not the recorded " + e.hash());
                }
                BrokenLink digestProblem = digestAt(e);
                if (digestProblem != null) {
                    return broken(digestProblem);
                }
                previousHash = e.hash();
                expected++;
            }
            long last = expected - 1;
            if (last < head.seq()) {
                return broken(
                        last + 1,
                        "truncated",
                        "entries " + (last + 1) + " to " + head.seq() + " are missing: the log ends at " + last);
            }
            if (!previousHash.equals(head.hash())) {
                return broken(
                        last,
                        "edited",
                        "entry " + last + " has hash " + previousHash + " but the head records " + head.hash());
            }
            if (nextDigest < digests.size()) {
                Digest d = digests.get(nextDigest);
                long from = Math.max(last + 1, d.fromSeq());
                return broken(
                        from,
                        "truncated",
                        "entries " + from + " to " + d.toSeq() + " are missing: the digest signed at "
                                + Instant.ofEpochMilli(d.signedAtMs()) + " covers entries up to " + d.toSeq()
                                + ", the log ends at " + last);
            }
            return new Verification(
                    true,
                    count,
                    verified,
                    skipped,
                    Instant.ofEpochMilli(clock.millis()).toString(),
                    null);
        }

        private BrokenLink digestAt(AuditEntry e) {
            if (nextDigest >= digests.size()) {
                return null;
            }
            Digest d = digests.get(nextDigest);
            if (e.seq() == d.fromSeq()) {
                covered = Sha256.digest();
            }
            if (covered != null) {
                covered.update(e.hash().getBytes(StandardCharsets.US_ASCII));
            }
            if (e.seq() != d.toSeq()) {
                return null;
            }
            nextDigest++;
            String signedAt = Instant.ofEpochMilli(d.signedAtMs()).toString();
            Digest previous = nextDigest > 1 ? digests.get(nextDigest - 2) : null;
            long expectedFrom = previous == null ? 1 : previous.toSeq() + 1;
            String expectedPrevious = previous == null ? null : previous.signature();
            String entriesSha = covered == null ? "" : Sha256.finish(covered);
            covered = null;
            if (d.fromSeq() != expectedFrom || !Objects.equals(d.previousSignature(), expectedPrevious)) {
                return new BrokenLink(
                        d.toSeq(),
                        "digest-mismatch",
                        "the digest signed at " + signedAt
                                + " does not follow the previous digest (a digest was removed or altered)");
            }
            if (!d.lastHash().equals(e.hash()) || !d.entriesSha256().equals(entriesSha)) {
                return new BrokenLink(
                        d.toSeq(),
                        "digest-mismatch",
                        "entries " + d.fromSeq() + " to " + d.toSeq() + " differ from what the digest signed at "
                                + signedAt + " covers (the log was rewritten)");
            }
            if (!d.keyId().equals(signer.keyId())) {
                skipped++;
                return null;
            }
            if (!signer.verify(d.payload(), d.signature())) {
                return new BrokenLink(
                        d.toSeq(),
                        "digest-mismatch",
                        "the signature of the digest signed at " + signedAt + " is not valid");
            }
            verified++;
            return null;
        }

        private Verification broken(long seq, String problem, String detail) {
            return broken(new BrokenLink(seq, problem, detail));
        }

        private Verification broken(BrokenLink link) {
            return new Verification(
                    false,
                    count,
                    verified,
                    skipped,
                    Instant.ofEpochMilli(clock.millis()).toString(),
                    link);
        }
    }
}
