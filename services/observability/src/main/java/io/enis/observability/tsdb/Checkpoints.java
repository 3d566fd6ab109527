package io.enis.observability.tsdb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Checkpoints of the time-series store: every series' compressed chunks and head as they were when
 * the write-ahead log was cut at segment {@code N}, in {@code checkpoint-N.snap}. A restart loads the
 * newest checkpoint and replays only the log segments from {@code N} on, so replay time and log size
 * stay bounded by the checkpoint interval instead of growing with retention.
 *
 * <p>A checkpoint is written to a temporary file, fsynced, renamed into place and the directory
 * fsynced, so it is either whole or absent; a CRC32 over the content guards against later damage.
 * Only after that are older checkpoints and the log segments it covers deleted.
 */
public final class Checkpoints {
    private static final long MAGIC = 0x454e4953434b5031L; // "ENISCKP1"
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{12})\\.snap");

    private final Path dir;

    public Checkpoints(Path dir) {
        this.dir = dir;
    }

    /** A checkpoint read back: the first log segment it does not cover, and every tenant's series. */
    public record Loaded(long firstSegment, Map<String, List<Series.Image>> tenants) {}

    /**
     * Writes the checkpoint covering every log segment before {@code firstSegment}, then deletes
     * older checkpoints; returns its size in bytes.
     */
    long write(long firstSegment, Map<String, List<Series.Image>> tenants) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(String.format("checkpoint-%012d.snap", firstSegment));
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        CRC32 crc = new CRC32();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc))) {
            out.writeLong(MAGIC);
            out.writeLong(firstSegment);
            out.writeInt(tenants.size());
            for (var tenant : tenants.entrySet()) {
                out.writeUTF(tenant.getKey());
                out.writeInt(tenant.getValue().size());
                for (Series.Image image : tenant.getValue()) {
                    image.writeTo(out);
                }
            }
            new DataOutputStream(file).writeLong(crc.getValue()); // after the content, outside the CRC
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
        for (Path older : list()) {
            if (!older.equals(target)) {
                Files.deleteIfExists(older);
            }
        }
        return Files.size(target);
    }

    /**
     * Reads the newest checkpoint; empty when there is none. Leftover temporary files (a crash while
     * writing) are deleted.
     *
     * @throws IOException naming the file when it is damaged (bad CRC, truncated): the service then
     *                     refuses to start rather than silently serve without the data it held
     */
    Optional<Loaded> readLatest() throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path temp : files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                Files.deleteIfExists(temp);
            }
        }
        List<Path> all = list();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path newest = all.get(all.size() - 1);
        try {
            return Optional.of(read(newest));
        } catch (IOException | RuntimeException e) {
            throw new IOException(
                    "checkpoint " + newest + " is damaged (" + e.getMessage() + "); move it away to start "
                            + "from the write-ahead log segments still present (samples only in the checkpoint are then lost)",
                    e);
        }
    }

    private Loaded read(Path file) throws IOException {
        CRC32 crc = new CRC32();
        Map<String, List<Series.Image>> tenants = new LinkedHashMap<>();
        long firstSegment;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc))) {
            if (in.readLong() != MAGIC) {
                throw new IOException("not a checkpoint file");
            }
            firstSegment = in.readLong();
            int tenantCount = in.readInt();
            for (int t = 0; t < tenantCount; t++) {
                String tenant = in.readUTF();
                int seriesCount = in.readInt();
                List<Series.Image> images = new ArrayList<>(Math.min(seriesCount, 1 << 20));
                for (int i = 0; i < seriesCount; i++) {
                    images.add(Series.Image.readFrom(in));
                }
                tenants.put(tenant, images);
            }
            long expected = crc.getValue(); // DataInputStream reads no further than asked: exactly the content
            DataInputStream tail = new DataInputStream(raw);
            if (tail.readLong() != expected) {
                throw new IOException("CRC mismatch");
            }
            if (tail.read() != -1) {
                throw new IOException("unexpected bytes after the checksum");
            }
        }
        if (!NAME.matcher(file.getFileName().toString()).matches() || firstSegment != segmentOf(file)) {
            throw new IOException("the file name does not match its content");
        }
        return new Loaded(firstSegment, tenants);
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
    }

    private static long segmentOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for fsync; the rename is then as durable as they make it
        }
    }
}
