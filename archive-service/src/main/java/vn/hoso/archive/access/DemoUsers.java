package vn.hoso.archive.access;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of demo mode, one per role and clearance worth showing. They exist only when {@code hoso.demo=true};
 * their password is printed at start-up, so demo mode must never run on a real archive.
 */
public final class DemoUsers {

    /** The password of every demo user. */
    public static final String PASSWORD = "demo123";

    /** The district whose dossiers {@code officer3} sees: one of the demo dossiers' hometowns. */
    public static final String DEMO_DISTRICT = "Quảng Trị/Hải Lăng";

    private record DemoUser(String username, Role role, Confidentiality clearance, Jurisdiction jurisdiction) {

        DemoUser(String username, Role role, Confidentiality clearance) {
            this(username, role, clearance, Jurisdiction.EVERYWHERE);
        }
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("clerk1", Role.CLERK, Confidentiality.SECRET),
            // A second clerk: approval needs someone other than the clerk who submitted the dossier.
            new DemoUser("clerk2", Role.CLERK, Confidentiality.SECRET),
            new DemoUser("officer1", Role.OFFICER, Confidentiality.UNCLASSIFIED),
            new DemoUser("officer2", Role.OFFICER, Confidentiality.SECRET),
            new DemoUser("officer3", Role.OFFICER, Confidentiality.SECRET, Jurisdiction.of(List.of(DEMO_DISTRICT))),
            new DemoUser("auditor1", Role.AUDITOR, Confidentiality.TOP_SECRET),
            new DemoUser("admin1", Role.ADMIN, Confidentiality.UNCLASSIFIED));

    private DemoUsers() {}

    static List<ArchiveUser> create(PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        return USERS.stream()
                .map(user -> new ArchiveUser(
                        user.username(), hash, Set.of(user.role()), user.clearance(), user.jurisdiction()))
                .toList();
    }

    /** One line per demo user for the start-up banner: login, password, role, clearance and any jurisdiction. */
    public static List<String> describe() {
        return USERS.stream()
                .map(user -> String.format(
                        "%-9s / %s   %s (%s), mức được xem: %s%s",
                        user.username(),
                        PASSWORD,
                        user.role(),
                        user.role().displayName(),
                        user.clearance().displayName(),
                        user.jurisdiction().everywhere() ? "" : ", địa bàn: " + DEMO_DISTRICT))
                .toList();
    }
}
