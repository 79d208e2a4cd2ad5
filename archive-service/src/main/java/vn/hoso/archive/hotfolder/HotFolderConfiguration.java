package vn.hoso.archive.hotfolder;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.ArchiveProperties;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.page.PageIntake;
import vn.hoso.ingest.hotfolder.HotFolders;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/**
 * Watches the inboxes of the built-in scanner profiles whose hot folder is enabled, when
 * {@code hoso.hot-folder.enabled} is true. Polling starts once the service is ready (after the index reconcile and
 * the resumption of pending recognition) and stops with the context, finishing the file being taken.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("hoso.hot-folder.enabled")
class HotFolderConfiguration {

    @Bean(destroyMethod = "close")
    HotFolders hotFolders(
            HotFolderProperties properties,
            ArchiveProperties archive,
            Dossiers dossiers,
            PageIntake intake,
            JsonMapper json,
            Validator validator) {
        ScannerProfiles profiles = ScannerProfiles.builtIn();
        List<ScannerProfile> all = profiles.names().stream().map(profiles::get).toList();
        return new HotFolders(
                properties.rootUnder(archive.dataDir()),
                all,
                new ArchiveHandover(dossiers, intake, json, validator),
                Clock.systemUTC());
    }

    @Bean
    Starter hotFolderStarter(HotFolders hotFolders, HotFolderProperties properties) {
        return new Starter(hotFolders, properties);
    }

    /** Starts polling when the service is ready, not while the context is still being built. */
    record Starter(HotFolders hotFolders, HotFolderProperties properties) {

        @EventListener(ApplicationReadyEvent.class)
        @Order(100)
        public void start() {
            hotFolders.start(properties.pollInterval());
        }
    }
}
