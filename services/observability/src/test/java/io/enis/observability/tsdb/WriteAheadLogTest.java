package io.enis.observability.tsdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {
    @TempDir
    Path dir;
    final Labels up = Labels.of(Map.of("__name__", "up", "job", "api"));

    /** Writes {@code batches} one-sample batches into segment 1, then {@code later} more into segment 2. */
    private void write(int batches, int later) throws IOException {
        try (var wal = new WriteAheadLog(dir, true)) {
            wal.replay(1, (t, s) -> { });
            for (int i = 0; i < batches; i++) {
                wal.sync(wal.append("a", List.of(new Sample(up, i, i))));
            }
            if (later > 0) {
                wal.cut();
                for (int i = 0; i < later; i++) {
                    wal.sync(wal.append("a", List.of(new Sample(up, batches + i, batches + i))));
                }
            }
        }
    }

    private List<Sample> replay() throws IOException {
        List<Sample> out = new ArrayList<>();
        try (var wal = new WriteAheadLog(dir, true)) {
            wal.replay(1, (t, s) -> out.addAll(s));
        }
        return out;
    }

    private Path segment(long n) {
        return dir.resolve(String.format("%012d.wal", n));
    }

    /** Offset of record {@code index} (0-based) in a segment. */
    private static long offsetOf(Path segment, int index) throws IOException {
        ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(segment));
        long at = 0;
        for (int i = 0; i < index; i++) {
            at += 8 + content.getInt((int) at);
        }
        return at;
    }

    private static void flipByte(Path segment, long offset) throws IOException {
        try (var ch = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
            ch.write(one, offset);
        }
    }

    @Test
    void aDamagedRecordInAnOlderSegmentStopsTheStartNamingTheSegmentAndOffsetAndCutsNothing() throws IOException {
        write(10, 5);
        long offset = offsetOf(segment(1), 4);
        flipByte(segment(1), offset + 12); // inside the payload of the fifth record: its CRC no longer matches
        long sizeBefore = Files.size(segment(1));

        assertThatThrownBy(this::replay).isInstanceOfSatisfying(WalCorruptionException.class, e -> {
            assertThat(e.segment()).isEqualTo(segment(1));
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.getMessage()).contains(segment(1).toString()).contains("at byte " + offset)
                    .contains("checksum mismatch").contains("truncate -s " + offset).contains("docs/runbooks/pod-crash-looping.md");
        });
        assertThat(Files.size(segment(1))).as("acknowledged data is not cut").isEqualTo(sizeBefore);
        assertThat(segment(2)).exists();
    }

    @Test
    void aDamagedRecordFollowedByRecordsInTheLastSegmentIsCorruptionNotATornTail() throws IOException {
        write(10, 0);
        long offset = offsetOf(segment(1), 3);
        flipByte(segment(1), offset + 12);

        assertThatThrownBy(this::replay).isInstanceOfSatisfying(WalCorruptionException.class,
                e -> assertThat(e.offset()).isEqualTo(offset));
    }

    @Test
    void theRunbookRepairKeepsEverythingBeforeTheDamageAndStarts() throws IOException {
        write(10, 5);
        long offset = offsetOf(segment(1), 4);
        flipByte(segment(1), offset + 12);
        var e = (WalCorruptionException) org.assertj.core.api.Assertions.catchThrowable(this::replay);

        Path aside = Files.createDirectory(dir.resolve("aside"));
        Files.copy(e.segment(), aside.resolve(e.segment().getFileName()));
        try (var ch = FileChannel.open(e.segment(), StandardOpenOption.WRITE)) {
            ch.truncate(e.offset());
        }
        Files.move(segment(2), aside.resolve(segment(2).getFileName()));

        assertThat(replay()).extracting(Sample::time).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void aFailedWriteRefusesOnlyItselfAndLaterWritesUntilRecoveredWhileEarlierRecordsBecomeDurable() throws Exception {
        var disk = new FailingDisk();
        try (var wal = new WriteAheadLog(dir, WriteAheadLog.Sync.ALWAYS, java.time.Duration.ZERO, n -> { }, disk)) {
            wal.replay(1, (t, s) -> { });
            wal.sync(wal.append("a", List.of(new Sample(up, 0, 0)))); // preallocated from here on
            disk.holdSyncs();
            long first = wal.append("a", List.of(new Sample(up, 1, 1)));
            var acknowledged = java.util.concurrent.CompletableFuture.runAsync(() -> wal.sync(first));
            while (disk.syncsWaiting.get() == 0) {
                Thread.onSpinWait();
            }
            disk.failWrites.set(true);
            assertThatThrownBy(() -> wal.append("a", List.of(new Sample(up, 2, 2)))).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("No space left on device");
            assertThatThrownBy(() -> wal.append("a", List.of(new Sample(up, 3, 3))))
                    .hasMessageContaining("has not recovered yet");
            disk.releaseSyncs();
            acknowledged.get(10, java.util.concurrent.TimeUnit.SECONDS); // the record before the failed write is durable

            assertThatThrownBy(wal::recover).as("still full").isInstanceOf(IOException.class);
            disk.failWrites.set(false);
            assertThat(wal.recover()).isTrue();
            wal.sync(wal.append("a", List.of(new Sample(up, 4, 4))));
        }
        assertThat(replay()).extracting(Sample::time).containsExactly(0L, 1L, 4L);
    }

    @Test
    void aTornRecordAtTheEndOfTheLastSegmentIsCutAndLaterWritesKept() throws IOException {
        write(10, 3);
        long end = offsetOf(segment(2), 3);
        try (var ch = FileChannel.open(segment(2), StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 1, 2, 3}), end); // a record cut short by a crash
        }

        assertThat(replay()).hasSize(13);
        assertThat(Files.size(segment(2))).as("cut to its whole records").isEqualTo(end);
    }
}
