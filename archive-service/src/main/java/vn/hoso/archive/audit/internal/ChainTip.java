package vn.hoso.archive.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the chain stands when the log is opened: the last record's number and hash, and when the open segment got
 * its first record (for sealing by age).
 *
 * <p>When the last record cannot be read (someone damaged it), the chain goes on from the count of lines with
 * {@link ChainedRecord#GENESIS} as link: the service keeps auditing, and {@code verify} reports the damage.
 */
record ChainTip(long seq, String hash, Instant openSegmentStart) {

    private static final Logger LOG = LoggerFactory.getLogger(ChainTip.class);

    static ChainTip find(Path folder, int openNumber, JsonMapper json) throws IOException {
        List<String> open = lines(folder.resolve(SegmentNames.name(openNumber)));
        Instant start = open.isEmpty() ? null : startOf(open.getFirst(), json);
        for (int n = openNumber; n >= 1; n--) {
            List<String> lines = n == openNumber ? open : lines(folder.resolve(SegmentNames.name(n)));
            if (!lines.isEmpty()) {
                return tip(lines.getLast(), folder, json, start);
            }
        }
        return new ChainTip(0, ChainedRecord.GENESIS, start);
    }

    private static ChainTip tip(String last, Path folder, JsonMapper json, Instant start) throws IOException {
        try {
            ChainedRecord record = ChainedRecord.parse(last, json);
            return new ChainTip(record.seq(), record.hash(), start);
        } catch (IllegalArgumentException unreadable) {
            long count = 0;
            for (int n : SegmentNames.list(folder)) {
                count += lines(folder.resolve(SegmentNames.name(n))).size();
            }
            LOG.error(
                    "The last audit record cannot be read ({}); continuing the chain at {} — run verify",
                    unreadable.getMessage(),
                    count + 1);
            return new ChainTip(count, ChainedRecord.GENESIS, start);
        }
    }

    private static Instant startOf(String first, JsonMapper json) {
        try {
            return ChainedRecord.parse(first, json).event().time();
        } catch (IllegalArgumentException unreadable) {
            return Instant.EPOCH;
        }
    }

    private static List<String> lines(Path segment) throws IOException {
        if (!Files.exists(segment)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        new SegmentFile(segment.getFileName().toString(), segment, Files.size(segment), false)
                .forEachLine(line -> lines.add(line.text()));
        return lines;
    }
}
