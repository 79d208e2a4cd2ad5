package vn.hoso.archive.admin;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.profiles.ScannerProfiles;

/** The admin screen's reads; ADMIN only by the route rule on {@code /api/admin/**}. */
@RestController
class AdminController {

    private final List<ProfileView> profiles;
    private final ServiceHealth health;

    AdminController(ServiceHealth health) {
        this.health = health;
        // The built-in set is what the ingest pipelines are made from; it is fixed for the life of the process.
        ScannerProfiles builtIn = ScannerProfiles.builtIn();
        this.profiles = builtIn.names().stream().map(builtIn::get).map(ProfileView::of).toList();
    }

    @GetMapping("/api/admin/profiles")
    List<ProfileView> profiles() {
        return profiles;
    }

    /** 200 with the report even when a part failed: the screen shows which one and why. */
    @GetMapping("/api/admin/health")
    ResponseEntity<ServiceHealth.Report> health() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(health.now());
    }
}
