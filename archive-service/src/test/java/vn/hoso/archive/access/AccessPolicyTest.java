package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final AccessLabel CONFIDENTIAL_IN_HAI_LANG =
            new AccessLabel(Confidentiality.CONFIDENTIAL, UnitCodes.of("Quảng Trị", "Hải Lăng", "xã Hải Dương"));

    private static Caller officer(Confidentiality clearance, String... units) {
        return new Caller("officer", Set.of(Role.OFFICER), clearance, Jurisdiction.of(List.of(units)));
    }

    private static AccessPolicy.Check check(AccessPolicy.Decision decision, String rule) {
        return decision.checks().stream()
                .filter(check -> check.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void districtOfficerWithClearanceReadsTheirDistrictsDossier() {
        assertThat(AccessPolicy.decide(
                        officer(Confidentiality.SECRET, "Quảng Trị/Hải Lăng"),
                        CONFIDENTIAL_IN_HAI_LANG,
                        DossierAction.READ))
                .isInstanceOf(AccessPolicy.Granted.class);
    }

    @Test
    void provinceJurisdictionCoversTheDistrictsDossiers() {
        assertThat(AccessPolicy.decide(
                        officer(Confidentiality.SECRET, "Quảng Trị"), CONFIDENTIAL_IN_HAI_LANG, DossierAction.READ))
                .isInstanceOf(AccessPolicy.Granted.class);
    }

    @Test
    void callerOfTheThreeArgumentConstructorHasNoJurisdictionRestriction() {
        Caller caller = new Caller("clerk", Set.of(Role.CLERK), Confidentiality.SECRET);

        assertThat(caller.jurisdiction()).isEqualTo(Jurisdiction.EVERYWHERE);
        assertThat(AccessPolicy.decide(caller, CONFIDENTIAL_IN_HAI_LANG, DossierAction.EDIT))
                .isInstanceOf(AccessPolicy.Granted.class);
    }

    @Nested
    class Refusals {

        @Test
        void anotherDistrictsDossierIsHiddenWithAVietnameseReason() {
            var decision = AccessPolicy.decide(
                    officer(Confidentiality.SECRET, "Quảng Trị/Gio Linh"),
                    CONFIDENTIAL_IN_HAI_LANG,
                    DossierAction.READ);

            assertThat(decision)
                    .isInstanceOfSatisfying(AccessPolicy.Refused.class, refused -> assertThat(refused.hidden())
                            .isTrue());
            assertThat(check(decision, "jurisdiction").reason())
                    .isEqualTo("Quê quán của hồ sơ nằm ngoài địa bàn của người dùng (quang-tri/gio-linh).");
        }

        @Test
        void aLevelAboveClearanceIsHiddenAndNamesBothLevels() {
            var decision = AccessPolicy.decide(
                    officer(Confidentiality.UNCLASSIFIED, "Quảng Trị"), CONFIDENTIAL_IN_HAI_LANG, DossierAction.READ);

            assertThat(((AccessPolicy.Refused) decision).hidden()).isTrue();
            assertThat(check(decision, "clearance").reason())
                    .isEqualTo("Hồ sơ có độ mật Mật, cao hơn mức được xem của người dùng (Thường).");
        }

        @Test
        void aVisibleDossierWhoseActionTheRoleLacksIsRefusedButNotHidden() {
            var decision = AccessPolicy.decide(
                    officer(Confidentiality.SECRET, "Quảng Trị"),
                    CONFIDENTIAL_IN_HAI_LANG,
                    DossierAction.READ_ORIGINAL);

            assertThat(((AccessPolicy.Refused) decision).hidden()).isFalse();
            assertThat(check(decision, "role").passed()).isFalse();
            assertThat(check(decision, "role").reason()).contains("không được phép tải bản gốc");
        }

        @Test
        void aDossierWithoutProvinceIsHiddenFromEveryRestrictedUser() {
            AccessLabel unplaced = new AccessLabel(Confidentiality.UNCLASSIFIED, UnitCodes.of(null, "Hải Lăng", null));

            var decision =
                    AccessPolicy.decide(officer(Confidentiality.SECRET, "Quảng Trị"), unplaced, DossierAction.READ);

            assertThat(check(decision, "jurisdiction").reason()).contains("không xác định được tỉnh");
        }

        @Test
        void reasonsNeverNameTheDossiersHometown() {
            var decision = AccessPolicy.decide(
                    officer(Confidentiality.UNCLASSIFIED, "Quảng Trị/Gio Linh"),
                    CONFIDENTIAL_IN_HAI_LANG,
                    DossierAction.READ);

            assertThat(decision.checks()).allSatisfy(check -> assertThat(check.reason())
                    .doesNotContainIgnoringCase("hai-lang")
                    .doesNotContain("Hải Lăng"));
        }
    }
}
