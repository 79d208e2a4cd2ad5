package vn.hoso.archive.hotfolder;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The hot folder: inboxes on disk that scanning stations drop files into.
 *
 * @param root folder holding one inbox per scanner profile whose hot folder is enabled
 *     ({@code <root>/<inbox>/}); empty means {@code <hoso.data-dir>/hot-folder}
 * @param enabled whether the service watches the inboxes at all; on by default only in demo mode
 * @param pollInterval time between two looks at the inboxes; a file is taken no sooner than its profile's settle
 *     time after it stopped changing, so polling faster than about a second gains nothing
 */
@Validated
@ConfigurationProperties("hoso.hot-folder")
record HotFolderProperties(
        Path root,
        boolean enabled,
        @DefaultValue("1s") @NotNull Duration pollInterval) {

    Path rootUnder(Path dataDir) {
        return root != null ? root : dataDir.resolve("hot-folder");
    }
}
