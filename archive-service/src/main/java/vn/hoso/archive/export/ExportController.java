package vn.hoso.archive.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.audit.AuditTrail;
import vn.hoso.archive.search.SearchFilters;
import vn.hoso.archive.search.SearchQuery;
import vn.hoso.archive.search.SearchSort;

/** Translates {@code GET /api/search/export} (the parameters of {@code /api/search} and a format) to an export. */
@RestController
class ExportController {

    /** The offices' day, for the date in the file name. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ResultExport export;

    ExportController(ResultExport export) {
        this.export = export;
    }

    @GetMapping("/api/search/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "") String q,
            @ModelAttribute SearchFilters filters,
            @RequestParam(defaultValue = "relevance") String sort,
            Caller caller,
            HttpServletResponse response) {
        ExportFormat chosen = ExportFormat.fromParameter(format);
        SearchQuery query = new SearchQuery(
                q, filters, SearchSort.fromParameter(sort), 0, 1, caller.clearance(), caller.jurisdiction());
        String fileName = "ho-so-tim-kiem-" + LocalDate.now(VIETNAM) + "." + chosen.extension();
        ResultExport.Summary written = export.write(query, chosen, () -> {
            response.setContentType(chosen.mediaType());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AuditTrail.noteCount(written.rows());
        AuditTrail.noteDetail("format", chosen.extension());
        AuditTrail.noteDetail("truncated", Boolean.toString(written.truncated()));
    }
}
