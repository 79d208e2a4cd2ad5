package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    private static final String HASH = "{bcrypt}$2a$04$abcdefghijklmnopqrstuu5s1vGb0Kk3R3Pj5vQ0Q9lXb1G0xJ2S.";

    @TempDir
    Path folder;

    private List<ArchiveUser> read(String userLines) throws IOException {
        Path file = folder.resolve("users.yml");
        Files.writeString(
                file,
                "users:\n  - username: officer3\n    password: \"" + HASH + "\"\n" + "    roles: [OFFICER]\n"
                        + userLines);
        return UsersFile.read(file);
    }

    @Test
    void jurisdictionListRestrictsTheUserToItsUnits() throws IOException {
        ArchiveUser user = read("    jurisdiction: [\"Quảng Trị/Hải Lăng\", \"tỉnh Quảng Bình\"]\n")
                .getFirst();

        assertThat(user.caller().jurisdiction().units()).containsExactly("quang-binh", "quang-tri/hai-lang");
    }

    @Test
    void userWithoutJurisdictionKeyIsNotRestricted() throws IOException {
        assertThat(read("").getFirst().caller().jurisdiction()).isEqualTo(Jurisdiction.EVERYWHERE);
    }

    @Test
    void emptyJurisdictionListSeesNoUnitRatherThanEverything() throws IOException {
        Jurisdiction jurisdiction =
                read("    jurisdiction: []\n").getFirst().caller().jurisdiction();

        assertThat(jurisdiction.everywhere()).isFalse();
        assertThat(jurisdiction.units()).isEmpty();
    }

    @Test
    void jurisdictionThatIsNotAListFailsWithTheUserNamed() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> read("    jurisdiction: Quảng Trị\n"));

        assertThat(e.getMessage()).contains("users[0]").contains("jurisdiction");
    }
}
