package vn.hoso.archive.admin;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Jurisdiction;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.access.UserDirectory;
import vn.hoso.profiles.ScannerProfiles;

/** The admin screen's reads; ADMIN only by the route rule on {@code /api/admin/**}. */
@RestController
class AdminController {

    private final List<ProfileView> profiles;
    private final ServiceHealth health;
    private final UserDirectory users;

    AdminController(ServiceHealth health, UserDirectory users) {
        this.health = health;
        this.users = users;
        // The built-in set is what the ingest pipelines are made from; it is fixed for the life of the process.
        ScannerProfiles builtIn = ScannerProfiles.builtIn();
        this.profiles =
                builtIn.names().stream().map(builtIn::get).map(ProfileView::of).toList();
    }

    @GetMapping("/api/admin/profiles")
    List<ProfileView> profiles() {
        return profiles;
    }

    /** A user as the admin screen lists them; {@code jurisdiction} is null when it is unrestricted. */
    record UserView(
            String username,
            List<Role> roles,
            Confidentiality clearance,
            String clearanceName,
            List<String> jurisdiction) {

        static UserView of(Caller caller) {
            Jurisdiction where = caller.jurisdiction();
            List<String> units =
                    where.everywhere() ? null : where.units().stream().sorted().toList();
            return new UserView(
                    caller.username(),
                    caller.roles().stream().sorted().toList(),
                    caller.clearance(),
                    caller.clearance().displayName(),
                    units);
        }
    }

    record Users(List<UserView> users, boolean ldap) {}

    /** Read-only: users are declared in the users file (or LDAP), never edited through the API. */
    @GetMapping("/api/admin/users")
    Users users() {
        return new Users(users.declared().stream().map(UserView::of).toList(), users.usesLdap());
    }

    /** 200 with the report even when a part failed: the screen shows which one and why. */
    @GetMapping("/api/admin/health")
    ResponseEntity<ServiceHealth.Report> health() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(health.now());
    }
}
