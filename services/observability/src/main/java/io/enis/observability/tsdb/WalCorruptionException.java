package io.enis.observability.tsdb;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A damaged record in the write-ahead log where it cannot be a torn tail: in a segment that is not the
 * last, or in the last one with records written after it. The records after it were acknowledged, so
 * the start stops instead of dropping them. Repair (docs/runbooks/pod-crash-looping.md, "Write-ahead
 * log corrupt"): keep everything before {@link #offset()} of {@link #segment()}, move the rest aside.
 */
public final class WalCorruptionException extends IOException {
    private final Path segment;
    private final long offset;

    /** @param reason what is wrong with the record at {@code offset}, for example {@code "checksum mismatch"} */
    public WalCorruptionException(Path segment, long offset, String reason) {
        super("write-ahead log segment " + segment + " is corrupt at byte " + offset + " (" + reason + "); what follows it "
                + "was acknowledged, so the start stops rather than drop it. To start with everything before it: stop the "
                + "service, copy " + segment.getFileName() + " and every later segment aside, truncate " + segment.getFileName()
                + " to " + offset + " bytes (truncate -s " + offset + " " + segment + ") and move the later segments out of "
                + segment.getParent() + " (docs/runbooks/pod-crash-looping.md, \"Write-ahead log corrupt\")");
        this.segment = segment;
        this.offset = offset;
    }

    /** The damaged segment file. */
    public Path segment() {
        return segment;
    }

    /** Byte offset of the first damaged record; every record before it is intact. */
    public long offset() {
        return offset;
    }
}
