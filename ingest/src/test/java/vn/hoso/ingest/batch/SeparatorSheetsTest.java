package vn.hoso.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.batch.internal.SeparatorBarcodes;

class SeparatorSheetsTest {

    private final SeparatorBarcodes barcodes = new SeparatorBarcodes(Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}"));

    @Test
    void sheetIsA4AtTheRequestedResolution() {
        BufferedImage sheet = SeparatorSheets.render("QT-LS-012345", 200);

        assertThat(sheet.getWidth()).isEqualTo(1654);
        assertThat(sheet.getHeight()).isEqualTo(2339);
    }

    @Test
    void longestCodeStillFitsAndReadsAtLowResolution() {
        String longest = "QT-LS-" + "0123456789".repeat(3) + "ABCD";

        assertThat(barcodes.codeOn(SeparatorSheets.render(longest, 150))).contains(longest);
    }

    @Test
    void codeThatCannotBeEncodedIsRefused() {
        assertThatThrownBy(() -> SeparatorSheets.render("mã hồ sơ", 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot encode");
    }
}
