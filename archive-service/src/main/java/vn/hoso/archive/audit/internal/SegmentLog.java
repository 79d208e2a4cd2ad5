package vn.hoso.archive.audit.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.AuditEvent;

/**
 * The trail on local disk: numbered segment files of JSON lines, the highest one open for appending.
 *
 * <p>Guarantees: appends are serialised (one lock), each record is written with one write and forced to disk
 * ({@code fsync} of the data, {@link FileChannel#force(boolean) force(false)}) before {@link #append} returns, so a
 * record that was acknowledged survives a power cut. A failed write is cut back to the previous end of the file so
 * the next record does not glue onto a fragment. A segment is sealed when it reaches the size limit or its first
 * record is older than the age limit; sealing creates the next empty segment, so "not the highest file" means
 * sealed, also after a restart.
 *
 * <p>On opening, a torn last line of the open segment (a crash during a write) is cut off and kept beside it as
 * {@code NNNNNN.jsonl.torn-<millis>}; {@link #recovered()} tells how many bytes, for an audit note.
 */
public final class SegmentLog implements Closeable {

    public record Sealed(SegmentFile segment, long lastSeq, String lastHash) {}

    private final Path folder;
    private final long maxBytes;
    private final Duration maxAge;
    private final ReentrantLock lock = new ReentrantLock();
    private final long recovered;
    private int number;
    private FileChannel channel;
    private long size;
    private Instant openedAt;
    private long lastSeq;
    private String lastHash;

    public SegmentLog(Path folder, long maxBytes, Duration maxAge, JsonMapper json) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        try {
            Files.createDirectories(folder);
            List<Integer> numbers = SegmentNames.list(folder);
            number = numbers.isEmpty() ? 1 : numbers.getLast();
            recovered = TornTail.cut(file(number));
            openChannel();
            ChainTip tip = ChainTip.find(folder, number, json);
            lastSeq = tip.seq();
            lastHash = tip.hash();
            openedAt = tip.openSegmentStart();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit trail in " + folder, e);
        }
    }

    /** Bytes of a torn last line cut off when the log was opened; 0 after a clean stop. */
    public long recovered() {
        return recovered;
    }

    /** Chains, writes and forces {@code event}; returns the record and the segment it sealed, if it filled one. */
    public Appended append(AuditEvent event) {
        lock.lock();
        try {
            ChainedRecord record = ChainedRecord.link(lastSeq + 1, event, lastHash);
            write((record.line() + "\n").getBytes(StandardCharsets.UTF_8));
            lastSeq = record.seq();
            lastHash = record.hash();
            openedAt = openedAt == null ? event.time() : openedAt;
            return new Appended(record, size >= maxBytes ? Optional.of(seal()) : Optional.empty());
        } finally {
            lock.unlock();
        }
    }

    public record Appended(ChainedRecord record, Optional<Sealed> sealed) {}

    /** Seals the open segment when its first record is older than the age limit at {@code now}. */
    public Optional<Sealed> sealIfDue(Instant now) {
        lock.lock();
        try {
            boolean due = size > 0 && openedAt != null && !openedAt.plus(maxAge).isAfter(now);
            return due ? Optional.of(seal()) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Every segment, oldest first, cut at what had been written at this moment. */
    public List<SegmentFile> snapshot() {
        lock.lock();
        try {
            List<SegmentFile> segments = new ArrayList<>();
            for (int n : SegmentNames.list(folder)) {
                boolean open = n == number;
                segments.add(new SegmentFile(SegmentNames.name(n), file(n), open ? size : Files.size(file(n)), !open));
            }
            return segments;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the audit segments in " + folder, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close audit segment " + file(number), e);
        } finally {
            lock.unlock();
        }
    }

    private void write(byte[] line) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            size += line.length;
        } catch (IOException e) {
            cutBack();
            throw new UncheckedIOException("cannot write the audit trail in " + file(number), e);
        }
    }

    private void cutBack() {
        try {
            channel.truncate(size);
        } catch (IOException ignored) {
            // Best effort after a failed write; opening the log again cuts any fragment as a torn tail.
        }
    }

    private Sealed seal() {
        try {
            channel.force(true);
            channel.close();
            SegmentFile sealed = new SegmentFile(SegmentNames.name(number), file(number), size, true);
            number++;
            openChannel();
            openedAt = null;
            return new Sealed(sealed, lastSeq, lastHash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal audit segment " + file(number), e);
        }
    }

    private void openChannel() throws IOException {
        channel = FileChannel.open(
                file(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = channel.size();
        syncFolder();
    }

    /** Makes a new segment's directory entry durable too; not every platform allows opening a folder. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the entry itself.
        }
    }

    private Path file(int n) {
        return folder.resolve(SegmentNames.name(n));
    }
}
