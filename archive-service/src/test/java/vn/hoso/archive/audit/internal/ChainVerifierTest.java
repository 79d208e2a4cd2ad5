package vn.hoso.archive.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.audit.Verification;
import vn.hoso.archive.audit.Verification.Reason;

class ChainVerifierTest {

    @TempDir
    Path folder;

    Verification verify() {
        return verify(null);
    }

    Verification verify(ChainHead anchor) {
        return new ChainVerifier(Trails.JSON, anchor).verify(Trails.segments(folder));
    }

    @Test
    void untouchedTrailIsIntactWithEveryRecordCounted() {
        Trails.withRecords(folder, 12);

        Verification result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(12);
        assertThat(result.firstBroken()).isNull();
        assertThat(result.tornTail()).isFalse();
    }

    @Nested
    class Tampering {

        @Test
        void editedRecordIsTheFirstBroken() {
            Path segment = Trails.withRecords(folder, 10);
            List<String> lines = Trails.lines(segment);
            lines.set(6, lines.get(6).replace("\"actor\":\"officer1\"", "\"actor\":\"officer2\""));
            Trails.write(segment, lines);

            Verification.Broken broken = verify().firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.ALTERED);
            assertThat(broken.position()).isEqualTo(7);
            assertThat(broken.seq()).isEqualTo(7);
            assertThat(broken.line()).isEqualTo(7);
            assertThat(broken.event().actor()).isEqualTo("officer2");
        }

        @Test
        void deletedRecordBreaksTheChainAtTheRecordThatFollowedIt() {
            Path segment = Trails.withRecords(folder, 10);
            List<String> lines = Trails.lines(segment);
            lines.remove(3);
            Trails.write(segment, lines);

            Verification result = verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.records()).isEqualTo(9);
            assertThat(result.firstBroken().reason()).isEqualTo(Reason.MISSING);
            assertThat(result.firstBroken().position()).isEqualTo(4);
            assertThat(result.firstBroken().seq()).isEqualTo(5);
            assertThat(result.firstBroken().expectedSeq()).isEqualTo(4);
        }

        @Test
        void swappedRecordsAreReportedAsReorderedAtTheFirstMovedOne() {
            Path segment = Trails.withRecords(folder, 10);
            List<String> lines = Trails.lines(segment);
            Collections.swap(lines, 4, 5);
            Trails.write(segment, lines);

            Verification.Broken broken = verify().firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.REORDERED);
            assertThat(broken.position()).isEqualTo(5);
            assertThat(broken.seq()).isEqualTo(6);
            assertThat(broken.expectedSeq()).isEqualTo(5);
        }

        @Test
        void editedRecordWithItsHashRecomputedBreaksTheLinkOfTheNext() {
            Path segment = Trails.withRecords(folder, 10);
            List<String> lines = Trails.lines(segment);
            ChainedRecord original = ChainedRecord.parse(lines.get(2), Trails.JSON);
            lines.set(
                    2, ChainedRecord.link(3, Trails.event(99), original.prev()).line());
            Trails.write(segment, lines);

            Verification.Broken broken = verify().firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.UNLINKED);
            assertThat(broken.seq()).isEqualTo(4);
        }

        @Test
        void unreadableLineIsReportedWhereItStands() {
            Path segment = Trails.withRecords(folder, 5);
            List<String> lines = Trails.lines(segment);
            lines.set(1, "{\"seq\":2,\"time\":");
            Trails.write(segment, lines);

            Verification.Broken broken = verify().firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.UNREADABLE);
            assertThat(broken.position()).isEqualTo(2);
            assertThat(broken.seq()).isNull();
        }

        @Test
        void recordEditedInAnEarlierSealedSegmentIsFoundThere() {
            try (SegmentLog log = new SegmentLog(folder, 600, java.time.Duration.ofDays(1), Trails.JSON)) {
                for (int i = 1; i <= 12; i++) {
                    log.append(Trails.event(i));
                }
            }
            List<SegmentFile> segments = Trails.segments(folder);
            assertThat(segments).hasSizeGreaterThan(2);
            Path first = segments.getFirst().path();
            List<String> lines = Trails.lines(first);
            lines.set(0, lines.get(0).replace("10.0.0.1", "10.0.0.9"));
            Trails.write(first, lines);

            Verification.Broken broken = verify().firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.ALTERED);
            assertThat(broken.segment()).isEqualTo("000001.jsonl");
            assertThat(broken.seq()).isEqualTo(1);
        }
    }

    @Nested
    class AgainstTheAnchoredHead {

        @Test
        void trailReHashedFromAnEarlierRecordDisagreesWithTheHead() {
            Path segment = Trails.withRecords(folder, 8);
            List<String> lines = Trails.lines(segment);
            ChainedRecord sixth = ChainedRecord.parse(lines.get(5), Trails.JSON);
            ChainHead anchor = new ChainHead("000001.jsonl", 6, sixth.hash());
            String prev = ChainedRecord.parse(lines.get(1), Trails.JSON).hash();
            for (int i = 2; i < lines.size(); i++) {
                ChainedRecord forged = ChainedRecord.link(i + 1, Trails.event(i + 50), prev);
                lines.set(i, forged.line());
                prev = forged.hash();
            }
            Trails.write(segment, lines);

            Verification.Broken broken = verify(anchor).firstBroken();

            assertThat(broken.reason()).isEqualTo(Reason.REWRITTEN);
            assertThat(broken.seq()).isEqualTo(6);
        }

        @Test
        void tailCutBelowTheHeadIsTruncation() {
            Path segment = Trails.withRecords(folder, 8);
            List<String> lines = Trails.lines(segment);
            ChainHead anchor = new ChainHead(
                    "000001.jsonl",
                    8,
                    ChainedRecord.parse(lines.get(7), Trails.JSON).hash());
            Trails.write(segment, lines.subList(0, 6));

            Verification result = verify(anchor);

            assertThat(result.firstBroken().reason()).isEqualTo(Reason.TRUNCATED);
            assertThat(result.firstBroken().expectedSeq()).isEqualTo(8);
            assertThat(result.records()).isEqualTo(6);
        }

        @Test
        void trailThatStillHoldsTheHeadIsIntact() {
            Path segment = Trails.withRecords(folder, 8);
            ChainHead anchor = new ChainHead(
                    "000001.jsonl",
                    5,
                    ChainedRecord.parse(Trails.lines(segment).get(4), Trails.JSON)
                            .hash());

            assertThat(verify(anchor).intact()).isTrue();
        }
    }
}
