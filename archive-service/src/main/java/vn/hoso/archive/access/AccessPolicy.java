package vn.hoso.archive.access;

import java.util.List;

/**
 * The one place that decides what a caller may do with a dossier: role × clearance × jurisdiction. Every
 * single-dossier read and write asks {@link #decide}; the search index filters by {@link Caller#visibility()}, which
 * is the same clearance and jurisdiction rule ({@link Visibility#admits}), so a dossier missing from a search is
 * exactly a dossier that answers 404. Reasons are Vietnamese, for the admin's "why can't I see this?" page; they
 * name the caller's units and levels and the dossier's level, never the dossier's hometown.
 */
public final class AccessPolicy {

    /** One rule applied to one caller and dossier. */
    public record Check(String rule, boolean passed, String reason) {}

    /** The outcome of a decision. */
    public sealed interface Decision permits Granted, Refused {

        List<Check> checks();
    }

    /** Every rule passed. */
    public record Granted(List<Check> checks) implements Decision {}

    /**
     * At least one rule failed. {@code hidden} says the dossier must answer as if it did not exist (it lies outside
     * the caller's visibility); otherwise it is visible and only the role forbids the action.
     */
    public record Refused(List<Check> checks, boolean hidden) implements Decision {}

    private AccessPolicy() {}

    public static Decision decide(Caller caller, AccessLabel dossier, DossierAction action) {
        List<Check> checks = List.of(role(caller, action), clearance(caller, dossier), jurisdiction(caller, dossier));
        if (checks.stream().allMatch(Check::passed)) {
            return new Granted(checks);
        }
        return new Refused(checks, !caller.visibility().admits(dossier));
    }

    private static Check role(Caller caller, DossierAction action) {
        String roles = caller.roles().stream()
                .sorted()
                .map(Role::displayName)
                .reduce((a, b) -> a + ", " + b)
                .orElse("không có vai trò");
        return caller.roles().stream().anyMatch(action.roles()::contains)
                ? new Check("role", true, "Vai trò " + roles + " được phép " + action.displayName() + ".")
                : new Check(
                        "role",
                        false,
                        "Vai trò " + roles + " không được phép " + action.displayName() + " (cần một trong: "
                                + action.roleList() + ").");
    }

    private static Check clearance(Caller caller, AccessLabel dossier) {
        String level = dossier.confidentiality().displayName();
        String cleared = caller.clearance().displayName();
        return caller.maySee(dossier.confidentiality())
                ? new Check("clearance", true, "Mức được xem " + cleared + " bao gồm độ mật " + level + " của hồ sơ.")
                : new Check(
                        "clearance",
                        false,
                        "Hồ sơ có độ mật " + level + ", cao hơn mức được xem của người dùng (" + cleared + ").");
    }

    private static Check jurisdiction(Caller caller, AccessLabel dossier) {
        Jurisdiction jurisdiction = caller.jurisdiction();
        if (jurisdiction.everywhere()) {
            return new Check("jurisdiction", true, "Người dùng không bị giới hạn địa bàn.");
        }
        if (jurisdiction.covers(dossier.units())) {
            return new Check(
                    "jurisdiction",
                    true,
                    "Quê quán của hồ sơ thuộc địa bàn của người dùng (" + jurisdiction.describe() + ").");
        }
        return dossier.units().isEmpty()
                ? new Check(
                        "jurisdiction",
                        false,
                        "Quê quán của hồ sơ không xác định được tỉnh, nên chỉ người dùng"
                                + " không giới hạn địa bàn mới được xem (địa bàn của người dùng: "
                                + jurisdiction.describe()
                                + ").")
                : new Check(
                        "jurisdiction",
                        false,
                        "Quê quán của hồ sơ nằm ngoài địa bàn của người dùng (" + jurisdiction.describe() + ").");
    }
}
