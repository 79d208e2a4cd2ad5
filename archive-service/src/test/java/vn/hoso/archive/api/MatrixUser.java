package vn.hoso.archive.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hoso.archive.access.Role;

/**
 * One caller of the matrix: a role (null for anonymous), cleared or not for the target (Mật against Thường), and
 * inside its district (Hải Lăng) or in another (Gio Linh). Only cleared and inside sees the target.
 */
record MatrixUser(Role role, boolean cleared, boolean inside) {

    static List<MatrixUser> all() {
        List<MatrixUser> users = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean cleared : new boolean[] {true, false}) {
                for (boolean inside : new boolean[] {true, false}) {
                    users.add(new MatrixUser(role, cleared, inside));
                }
            }
        }
        users.add(new MatrixUser(null, false, false));
        return users;
    }

    String name() {
        return role == null
                ? "anonymous"
                : role.name().toLowerCase(Locale.ROOT)
                        + (cleared ? "-cleared" : "-uncleared")
                        + (inside ? "-in" : "-out");
    }

    boolean seesTarget() {
        return role != null && cleared && inside;
    }

    ApiClient client(int port) {
        return role == null ? ApiClient.anonymous(port) : ApiClient.as(port, name(), AuthorizationMatrixTest.PASSWORD);
    }
}
