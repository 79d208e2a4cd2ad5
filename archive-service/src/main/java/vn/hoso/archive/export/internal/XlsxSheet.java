package vn.hoso.archive.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel, which zips rows onto the stream as they are flushed. Text goes in as inline
 * strings, so no shared-string table grows with the list, and inline strings are never evaluated, so no formula
 * guard is needed (an apostrophe would show). Rows are flushed every {@value #FLUSH_EVERY}.
 */
final class XlsxSheet implements Sheet {

    static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private int next;
    private int lastDossierRow;

    XlsxSheet(OutputStream out, String name, List<String> headers) throws IOException {
        this.workbook = new Workbook(out, "Ho so so", "1.0");
        this.sheet = workbook.newWorksheet(name);
        this.columns = headers.size();
        for (int column = 0; column < columns; column++) {
            sheet.inlineString(0, column, headers.get(column));
            sheet.width(column, column == 1 || column == 5 ? 40 : 18);
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().set();
        sheet.freezePane(0, 1);
        next = 1;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            switch (cells.get(column)) {
                case null -> {}
                case Integer number -> sheet.value(next, column, number);
                case Object text -> sheet.inlineString(next, column, text.toString());
            }
        }
        lastDossierRow = next;
        next++;
        if (next % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void note(String text) throws IOException {
        sheet.inlineString(next, 0, text);
        sheet.style(next, 0).italic().set();
        next++;
    }

    @Override
    public void finish() throws IOException {
        if (lastDossierRow > 0) {
            sheet.setAutoFilter(0, 0, lastDossierRow, columns - 1);
        }
        sheet.finish();
        workbook.finish();
    }
}
