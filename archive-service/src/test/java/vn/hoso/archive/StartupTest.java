package vn.hoso.archive;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

class StartupTest {

    @Test
    void serviceRefusesToStartWithNoUsersAndNoDemoMode(@TempDir Path data) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ArchiveApplication.class);

        // Command-line arguments, which win over application.yml, so nothing is written under ./data.
        assertThatThrownBy(() -> app.run("--server.port=0", "--hoso.data-dir=" + data, "--hoso.demo=false")
                        .close())
                .rootCause()
                .hasMessageContaining("no users")
                .hasMessageContaining("hoso.security.users-file");
    }
}
