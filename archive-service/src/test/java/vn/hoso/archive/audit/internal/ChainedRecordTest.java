package vn.hoso.archive.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.audit.AuditAction;
import vn.hoso.archive.audit.AuditEvent;
import vn.hoso.archive.audit.AuditOutcome;

class ChainedRecordTest {

    @Test
    void lineReadsBackToTheSameRecordWithVietnameseQuotesAndControlCharacters() {
        AuditEvent event = new AuditEvent(
                Instant.parse("2026-11-22T08:15:30.120Z"),
                "cán bộ \"một\"",
                AuditAction.SEARCH,
                null,
                null,
                AuditOutcome.SUCCESS,
                "::1",
                Map.of("query", "Đặng Văn Thương\n\t\\", "count", "3"));
        ChainedRecord record = ChainedRecord.link(7, event, ChainedRecord.GENESIS);

        ChainedRecord read = ChainedRecord.parse(record.line(), Trails.JSON);

        assertThat(read).isEqualTo(record);
        assertThat(read.line()).isEqualTo(record.line());
        assertThat(record.line()).doesNotContain("\n").contains("Đặng Văn Thương\\u000a\\u0009\\\\");
    }

    @Test
    void hashCoversEveryFieldAndThePreviousHash() {
        AuditEvent event = Trails.event(1);
        ChainedRecord record = ChainedRecord.link(1, event, ChainedRecord.GENESIS);

        assertThat(record.hash()).hasSize(64).isEqualTo(record.expectedHash());
        assertThat(ChainedRecord.link(1, event, "1".repeat(64)).hash()).isNotEqualTo(record.hash());
        assertThat(ChainedRecord.link(2, event, ChainedRecord.GENESIS).hash()).isNotEqualTo(record.hash());
        assertThat(ChainedRecord.link(1, Trails.event(2), ChainedRecord.GENESIS).hash())
                .isNotEqualTo(record.hash());
    }

    @Test
    void hashIsTheSha256OfTheLineWithItsHashFieldTakenOut() throws Exception {
        ChainedRecord record = ChainedRecord.link(3, Trails.event(3), "ab".repeat(32));
        String line = record.line();
        String withoutHash = line.substring(0, line.lastIndexOf(",\"hash\":")) + "}";

        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(withoutHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(record.hash());
        assertThat(Trails.JSON.readTree(withoutHash).get("prev").asString()).isEqualTo("ab".repeat(32));
    }

    @Test
    void lineThatIsNotARecordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChainedRecord.parse("{\"seq\":1}", Trails.JSON));
        assertThrows(IllegalArgumentException.class, () -> ChainedRecord.parse("không phải JSON", Trails.JSON));
    }
}
