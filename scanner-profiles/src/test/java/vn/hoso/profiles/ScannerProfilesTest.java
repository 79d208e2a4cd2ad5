package vn.hoso.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerProfilesTest {

    @TempDir
    Path folder;

    private Path write(String fileName, String yaml) throws IOException {
        return Files.writeString(folder.resolve(fileName), yaml);
    }

    @Nested
    class BuiltIn {

        @Test
        void defaultProfileCarriesTheAgreedBaseline() {
            ScannerProfile profile = ScannerProfiles.builtIn().get("default");

            assertThat(profile.capture()).isEqualTo(new ScannerProfile.Capture(200, 300));
            assertThat(profile.limits()).isEqualTo(new ScannerProfile.Limits(512L << 20, 150_000_000L, 2000));
            assertThat(profile.ocr()).isEqualTo(new ScannerProfile.Ocr("vie", 3, 60));
        }

        @Test
        void unknownProfileNameFailsListingTheKnownNames() {
            assertThatThrownBy(() -> ScannerProfiles.builtIn().get("flatbed"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'flatbed'")
                    .hasMessageContaining("known profiles: default");
        }
    }

    @Nested
    class Extending {

        @Test
        void childOverridesOnlyTheKeysItSetsAndInheritsTheRest() throws IOException {
            Path file = write("bilingual.yml", """
                    extends: default
                    ocr:
                      languages: vie+eng
                    limits:
                      maxPages: 10
                    """);

            ScannerProfile profile = ScannerProfiles.load(file);

            assertThat(profile.name()).isEqualTo("bilingual");
            assertThat(profile.ocr()).isEqualTo(new ScannerProfile.Ocr("vie+eng", 3, 60));
            assertThat(profile.ocr().languageList()).containsExactly("vie", "eng");
            assertThat(profile.limits()).isEqualTo(new ScannerProfile.Limits(512L << 20, 150_000_000L, 10));
            assertThat(profile.capture()).isEqualTo(new ScannerProfile.Capture(200, 300));
        }

        @Test
        void parentBesideTheFileIsPreferredAndChainsToTheBuiltIn() throws IOException {
            write("office.yml", """
                    extends: default
                    capture:
                      renderDpi: 400
                    """);
            Path phone = write("phone.yml", """
                    extends: office
                    capture:
                      minDpi: 100
                    """);

            assertThat(ScannerProfiles.load(phone).capture()).isEqualTo(new ScannerProfile.Capture(100, 400));
        }

        @Test
        void cycleFailsNamingTheChain() throws IOException {
            write("a.yml", "extends: b\n");
            Path b = write("b.yml", "extends: a\n");

            assertThatThrownBy(() -> ScannerProfiles.load(b))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("cycle: b → a → b");
        }

        @Test
        void missingParentFailsNamingIt() throws IOException {
            Path file = write("orphan.yml", "extends: nowhere\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("orphan.yml")
                    .hasMessageContaining("extends 'nowhere'");
        }

        @Test
        void folderProfilesJoinTheBuiltInOnes() throws IOException {
            write("archive.yml", """
                    extends: default
                    ocr:
                      confidenceFloor: 45.5
                    """);

            ScannerProfiles profiles = ScannerProfiles.fromFolder(folder);

            assertThat(profiles.names()).contains("archive", "default");
            assertThat(profiles.get("archive").ocr().confidenceFloor()).isEqualTo(45.5);
        }
    }

    @Nested
    class Rejecting {

        @Test
        void unknownKeyFailsNamingTheFileAndKeyPath() throws IOException {
            Path file = write("typo.yml", """
                    extends: default
                    capture:
                      minDPI: 300
                    """);

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("typo.yml")
                    .hasMessageContaining("unknown key 'capture.minDPI'")
                    .hasMessageContaining("minDpi, renderDpi");
        }

        @Test
        void unknownSectionFailsNamingIt() throws IOException {
            Path file = write("extra.yml", "extends: default\nscanning:\n  deskew: true\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("unknown key 'scanning'");
        }

        @Test
        void negativeDpiFailsNamingTheFileAndKeyPath() throws IOException {
            Path file = write("negative.yml", "extends: default\ncapture:\n  minDpi: -300\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("negative.yml")
                    .hasMessageContaining("capture.minDpi must be between 1 and 2400, was -300");
        }

        @Test
        void wrongTypeFailsNamingTheKeyPath() throws IOException {
            Path file = write("words.yml", "extends: default\nocr:\n  pageSegMode: auto\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("ocr.pageSegMode must be a whole number, was 'auto'");
        }

        @Test
        void orientationOnlySegmentationIsRefusedBecauseItYieldsNoText() throws IOException {
            Path file = write("osd.yml", "extends: default\nocr:\n  pageSegMode: 0\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .hasMessageContaining("ocr.pageSegMode must be between 1 and 13, was 0");
        }

        @Test
        void profileWithoutParentMustSetEveryKey() throws IOException {
            Path file = write(
                    "partial.yml",
                    "capture:\n  minDpi: 300\n  renderDpi: 300\n  colourMode: grey\n"
                            + "  source: flatbed\n  duplex: false\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("missing key 'limits.maxBytes'");
        }

        @Test
        void duplicateKeyFails() throws IOException {
            Path file = write("twice.yml", "extends: default\nocr:\n  languages: vie\n  languages: eng\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("twice.yml")
                    .hasMessageContaining("languages");
        }
    }

    @Nested
    class BuiltIns {

        @Test
        void everyCaptureSetupTheArchiveUsesHasAProfile() {
            assertThat(ScannerProfiles.builtIn().names())
                    .contains("default", "production-scanner", "flatbed-fragile", "phone-photo");
        }

        @Test
        void productionScannerIsA300DpiColourDuplexFeederThatSplitsOnBarcodes() {
            ScannerProfile profile = ScannerProfiles.builtIn().get("production-scanner");

            assertThat(profile.capture())
                    .isEqualTo(new ScannerProfile.Capture(
                            300, 300, ScannerProfile.ColourMode.COLOUR, ScannerProfile.Source.FEEDER, true));
            assertThat(profile.batch().separator()).isEqualTo(ScannerProfile.Separator.BARCODE);
            assertThat(profile.hotFolder().enabled()).isTrue();
        }

        @Test
        void phonePhotoFlattensLightAndRecoversContrast() {
            ScannerProfile profile = ScannerProfiles.builtIn().get("phone-photo");

            assertThat(profile.capture().source()).isEqualTo(ScannerProfile.Source.CAMERA);
            assertThat(profile.cleanup().has(ScannerProfile.CleanupStep.FLATTEN_ILLUMINATION))
                    .isTrue();
            assertThat(profile.cleanup().has(ScannerProfile.CleanupStep.RECOVER_CONTRAST))
                    .isTrue();
        }
    }

    @Nested
    class NewSections {

        @Test
        void cleanupStepsAreReadInOrderFromKebabCase() throws IOException {
            Path file = write("steps.yml", "extends: default\ncleanup:\n  steps: [binarize, crop-borders]\n");

            assertThat(ScannerProfiles.load(file).cleanup().steps())
                    .containsExactly(ScannerProfile.CleanupStep.BINARIZE, ScannerProfile.CleanupStep.CROP_BORDERS);
        }

        @Test
        void unknownCleanupStepFailsListingTheKnownOnes() throws IOException {
            Path file = write("sharpen.yml", "extends: default\ncleanup:\n  steps: [sharpen]\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("cleanup.steps must be one of")
                    .hasMessageContaining("crop-borders");
        }

        @Test
        void settleTimeTakesAUnit() throws IOException {
            Path file = write("slow.yml", "extends: default\nhotFolder:\n  settle: 1500ms\n");

            assertThat(ScannerProfiles.load(file).hotFolder().settle()).isEqualTo(java.time.Duration.ofMillis(1500));
        }

        @Test
        void settleTimeWithoutUnitFails() throws IOException {
            Path file = write("bare.yml", "extends: default\nhotFolder:\n  settle: 5\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("hotFolder.settle must be a duration");
        }

        @Test
        void brokenCodePatternFailsAtLoad() throws IOException {
            Path file = write("regex.yml", "extends: default\nbatch:\n  codePattern: \"[A-Z\"\n");

            assertThatThrownBy(() -> ScannerProfiles.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("batch.codePattern");
        }
    }

    @Test
    void byteLimitAcceptsBinaryUnits() throws IOException {
        Path file = write("big.yml", "extends: default\nlimits:\n  maxBytes: 2 GiB\n");

        assertThat(ScannerProfiles.load(file).limits().maxBytes()).isEqualTo(2L << 30);
    }

    @Test
    void confidenceFloorAbove100IsImpossible() {
        assertThatThrownBy(() -> new ScannerProfile.Ocr("vie", 3, 101))
                .hasMessage("confidenceFloor must be between 0 and 100, was 101.0");
    }
}
