package vn.hoso.archive.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.pipeline.PageFlag;

class PageTest {

    private final Page pending = new Page(
            1,
            PageStatus.PENDING,
            null,
            "dossiers/QT-LS-1/pages/1/master.png",
            0,
            "ab",
            "image/png",
            "p.png",
            null,
            Instant.EPOCH);

    @Test
    void lowConfidencePageNeedsReviewButKeepsItsText() {
        Page page = pending.recognized(41.5, List.of(PageFlag.LOW_CONFIDENCE), 0);

        assertThat(page.status()).isEqualTo(PageStatus.NEEDS_REVIEW);
        assertThat(page.status().hasText()).isTrue();
        assertThat(page.flags()).containsExactly(PageFlag.LOW_CONFIDENCE);
    }

    @Test
    void blankPageIsRecognisedAndFlaggedNotDropped() {
        Page page = pending.recognized(0, List.of(PageFlag.BLANK), 0);

        assertThat(page.status()).isEqualTo(PageStatus.RECOGNIZED);
        assertThat(page.flags()).containsExactly(PageFlag.BLANK);
    }

    @Test
    void turnedPageRemembersItsRotation() {
        assertThat(pending.recognized(90, List.of(), 180).rotation()).isEqualTo(180);
    }
}
