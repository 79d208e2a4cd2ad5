package vn.hoso.archive.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Excel reads it: UTF-8 with a byte order mark (without it Excel guesses a legacy code page and
 * garbles Vietnamese), comma separators, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 *
 * <p>Guards against CSV formula injection: a text cell starting with {@code = + - @}, a tab or a carriage return would
 * be run by a spreadsheet as a formula, so it gets a leading apostrophe (OWASP's advice); numbers are written as
 * numbers.
 */
final class CsvSheet implements Sheet {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    CsvSheet(OutputStream stream, List<String> headers) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        row(new ArrayList<>(headers));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void note(String text) throws IOException {
        row(List.of(text));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Integer number) {
            return number.toString();
        }
        String text = cell.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
