package vn.hoso.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.internal.SegmentLog;

/** The recorder's promise about timing: a body is never sent unless its record is on disk. */
class RequestAuditorTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    SegmentLog log;
    AuditTrail trail;
    RequestAuditor auditor;

    @BeforeEach
    void openTrail() {
        log = new SegmentLog(folder, Long.MAX_VALUE, Duration.ofDays(1), JSON);
        // Segments never fill here, so nothing is ever copied to object storage and no store is needed.
        trail = new AuditTrail(log, null, JSON, Clock.systemUTC());
        // Dossiers are looked up only for a "not found" answer, which these tests do not give.
        auditor = new RequestAuditor(trail, null, Clock.systemUTC());
    }

    @AfterEach
    void closeTrail() {
        log.close();
    }

    static MockHttpServletRequest originalDownload() {
        MockHttpServletRequest request =
                new MockHttpServletRequest("GET", "/api/dossiers/QT-LS-000105/pages/2/original");
        request.setRemoteAddr("192.0.2.7");
        request.setAttribute(
                HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/dossiers/{code}/pages/{seq}/original");
        request.setAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("code", "QT-LS-000105", "seq", "2"));
        return request;
    }

    @Test
    void recordIsOnDiskBeforeTheBodyIsWrittenAndOnlyOnce() {
        MockHttpServletRequest request = originalDownload();
        MockHttpServletResponse response = new MockHttpServletResponse();

        auditor.recordBeforeBody(request, response, new byte[] {1, 2, 3});
        AuditResults before = trail.query(new AuditQuery(null, "QT-LS-000105", null, null, null, 0, 10));
        auditor.afterCompletion(request, response, new Object(), null);

        assertThat(before.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ORIGINAL_DOWNLOAD);
            assertThat(event.page()).isEqualTo(2);
            assertThat(event.client()).isEqualTo("192.0.2.7");
            assertThat(event.actor()).isEqualTo("anonymous");
        });
        assertThat(trail.query(new AuditQuery(null, "QT-LS-000105", null, null, null, 0, 10))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void bodyIsRefusedWhenItsRecordCannotBeWritten() {
        log.close();

        assertThrows(
                UncheckedIOException.class,
                () -> auditor.recordBeforeBody(
                        originalDownload(), new MockHttpServletResponse(), new byte[] {1, 2, 3}));
    }
}
