package vn.hoso.archive.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV cell rules the HTTP tests cannot reach through dossier fields: line breaks, tabs, empty cells. */
class CsvSheetTest {

    @Test
    void fieldWithALineBreakIsQuotedAndKeepsIt() {
        assertThat(CsvSheet.field("Giấy báo tử\r\ntrang 2")).isEqualTo("\"Giấy báo tử\r\ntrang 2\"");
    }

    @Test
    void quotesAreDoubledInsideAQuotedField() {
        assertThat(CsvSheet.field("Lê \"Út\"")).isEqualTo("\"Lê \"\"Út\"\"\"");
    }

    @Test
    void textStartingWithATabOrMinusIsDisarmed() {
        assertThat(CsvSheet.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvSheet.field("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void numbersAndEmptyCellsAreWrittenBare() {
        assertThat(CsvSheet.field(1948)).isEqualTo("1948");
        assertThat(CsvSheet.field(null)).isEmpty();
    }

    @Test
    void sheetStartsWithTheByteOrderMarkAndEndsEveryRowWithCrLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sheet sheet = Sheet.csv(out, List.of("Mã hồ sơ", "Năm sinh"));
        sheet.row(Arrays.asList("QT-LS-000001", null));
        sheet.finish();

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Mã hồ sơ,Năm sinh\r\nQT-LS-000001,\r\n");
    }
}
