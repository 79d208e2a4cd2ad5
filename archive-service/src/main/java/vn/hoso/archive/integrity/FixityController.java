package vn.hoso.archive.integrity;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;

/** Fixity over HTTP, for auditors and administrators (route rules in the security configuration). */
@RestController
class FixityController {

    private final Fixity fixity;

    FixityController(Fixity fixity) {
        this.fixity = fixity;
    }

    /** 202 with when the run (new or already going) started; poll {@code /api/fixity/latest} for its report. */
    @PostMapping("/api/admin/fixity")
    ResponseEntity<Fixity.RunStart> start(Caller caller) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/fixity/latest")
                .body(fixity.start(caller.username()));
    }

    @GetMapping("/api/fixity/latest")
    ResponseEntity<FixityReport> latest(Caller caller) {
        FixityReport report =
                fixity.latest().orElseThrow(() -> new FixityReportNotFoundException("no fixity run has finished yet"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report.visibleTo(caller));
    }
}
