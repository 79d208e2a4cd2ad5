package vn.hoso.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of STYLE.md that a machine can check, over every module's production classes. Each rule names packages
 * that exist (checked first), so a rename cannot make a rule pass vacuously.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    JavaClasses production;

    @BeforeAll
    void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hoso");
    }

    @Test
    void theRulesBelowNameFeaturePackagesThatExist() {
        Set<String> packages = new TreeSet<>();
        production.forEach(type -> packages.add(type.getPackageName()));

        assertThat(packages)
                .contains(
                        "vn.hoso.profiles",
                        "vn.hoso.ingest.decode.internal",
                        "vn.hoso.ingest.ocr",
                        "vn.hoso.ingest.pipeline",
                        "vn.hoso.archive.search.internal",
                        "vn.hoso.archive.storage",
                        "vn.hoso.archive.dossier",
                        "vn.hoso.archive.access",
                        "vn.hoso.archive.export.internal",
                        "vn.hoso.archive.savedsearch");
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnFeature() {
        Set<String> internals = new TreeSet<>();
        production.forEach(type -> {
            String name = type.getPackageName();
            if (name.endsWith(".internal")) {
                internals.add(name);
            }
        });
        assertThat(internals).isNotEmpty();
        for (String internal : internals) {
            String feature = internal.substring(0, internal.length() - ".internal".length());
            noClasses()
                    .that()
                    .resideOutsideOfPackage(feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(internal + "..")
                    .because("internal/ is private to " + feature)
                    .check(production);
        }
    }

    @Test
    void noCatchAllPackages() {
        noClasses()
                .should()
                .resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..manager..")
                .check(production);
    }

    @Test
    void ingestAndProfilesKnowNothingOfTheServiceOrSpring() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.hoso.ingest..", "vn.hoso.profiles..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.hoso.archive..", "org.springframework..")
                .check(production);
    }

    @Test
    void luceneStaysBehindTheSearchIndexSeam() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.hoso.archive.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(production);
    }

    @Test
    void theS3ClientStaysInStorage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.hoso.archive.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.minio..")
                .check(production);
    }

    @Test
    void theSpreadsheetLibraryStaysInTheExportWriters() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.hoso.archive.export.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dhatim.fastexcel..")
                .check(production);
    }

    @Test
    void tesseractStaysBehindTheOcrEngineSeam() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.hoso.ingest.ocr..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.sourceforge.tess4j..", "net.sourceforge.lept4j..")
                .check(production);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(production);
    }
}
