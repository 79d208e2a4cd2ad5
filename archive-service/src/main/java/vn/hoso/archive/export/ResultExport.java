package vn.hoso.archive.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import vn.hoso.archive.export.internal.ResultColumns;
import vn.hoso.archive.export.internal.Sheet;
import vn.hoso.archive.search.SearchHit;
import vn.hoso.archive.search.SearchIndex;
import vn.hoso.archive.search.SearchQuery;

/**
 * Writes a whole search result list as a file, one row per dossier, streaming.
 *
 * <p>Guarantees: the rows are exactly the dossiers {@link SearchIndex#search} would list for the same query and
 * clearance, in its order ({@code page} and {@code size} ignored), at most {@code hoso.export.max-rows}; a list cut
 * at that limit ends with a row saying how many of how many were written. Memory is bounded by one batch of the index
 * plus the writer's buffers, whatever the length of the list. Nothing is written to the target until the query has
 * been accepted and the first row (or the empty list) is known, so a refused query can still be answered as a
 * problem; after that, an index or stream failure propagates and leaves the file incomplete.
 */
@Service
public class ResultExport {

    /** What an export wrote: {@code rows} dossiers of the {@code total} that matched. */
    public record Summary(long total, long rows) {

        public boolean truncated() {
            return total > rows;
        }
    }

    private static final String SHEET_NAME = "Kết quả tìm kiếm";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final SearchIndex index;
    private final ExportProperties limits;

    ResultExport(SearchIndex index, ExportProperties limits) {
        this.index = index;
        this.limits = limits;
    }

    /**
     * Writes the result list of {@code query} in {@code format} to the stream {@code target} gives, asking for it only
     * when the first byte is due; the stream is flushed, not closed.
     */
    public Summary write(SearchQuery query, ExportFormat format, Supplier<OutputStream> target) {
        Writing writing = new Writing(format, target);
        long total = index.forEachHit(query, limits.maxRows(), writing::row);
        try {
            Sheet sheet = writing.sheet();
            if (total > writing.rows) {
                sheet.note(String.format(
                        VIETNAMESE,
                        "Danh sách đã bị cắt: chỉ xuất %,d trong tổng số %,d hồ sơ phù hợp (tối đa %,d dòng mỗi lần"
                                + " xuất). Hãy thu hẹp điều kiện tìm kiếm.",
                        writing.rows,
                        total,
                        limits.maxRows()));
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the export", e);
        }
        return new Summary(total, writing.rows);
    }

    /** The sheet of one export, opened on its first row. */
    private static final class Writing {

        private final ExportFormat format;
        private final Supplier<OutputStream> target;
        private Sheet sheet;
        private long rows;

        Writing(ExportFormat format, Supplier<OutputStream> target) {
            this.format = format;
            this.target = target;
        }

        void row(SearchHit hit) {
            try {
                sheet().row(ResultColumns.of(hit));
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write an export row", e);
            }
        }

        Sheet sheet() throws IOException {
            if (sheet == null) {
                OutputStream out = target.get();
                sheet = switch (format) {
                    case CSV -> Sheet.csv(out, ResultColumns.HEADERS);
                    case XLSX -> Sheet.xlsx(out, SHEET_NAME, ResultColumns.HEADERS);
                };
            }
            return sheet;
        }
    }
}
