package vn.hoso.archive.admin;

import java.util.List;
import vn.hoso.profiles.ScannerProfile;

/**
 * A scanner profile as the admin screen lists it. Enums are sent by name; the hot folder's settle time is an
 * ISO-8601 duration ({@code PT5S}), so the wire format does not depend on the JSON library's duration settings.
 */
record ProfileView(
        String name,
        ScannerProfile.Capture capture,
        ScannerProfile.Limits limits,
        Cleanup cleanup,
        ScannerProfile.Ocr ocr,
        ScannerProfile.Batch batch,
        HotFolder hotFolder) {

    record Cleanup(List<ScannerProfile.CleanupStep> steps, double blankInkRatio) {}

    record HotFolder(boolean enabled, String inbox, String settle) {}

    static ProfileView of(ScannerProfile profile) {
        ScannerProfile.HotFolder hotFolder = profile.hotFolder();
        return new ProfileView(
                profile.name(),
                profile.capture(),
                profile.limits(),
                new Cleanup(profile.cleanup().steps(), profile.cleanup().blankInkRatio()),
                profile.ocr(),
                profile.batch(),
                new HotFolder(
                        hotFolder.enabled(),
                        hotFolder.inbox(),
                        hotFolder.settle().toString()));
    }
}
