package vn.hoso.archive.admin;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.hoso.archive.search.SearchIndex;
import vn.hoso.archive.storage.PageStore;

/**
 * Looks at the service's parts as they are now: each call really lists storage and reads the index, so a dead S3
 * server or a closed index shows as a failed part with its reason, never as a cached "ok".
 */
@Component
class ServiceHealth {

    /** The service as a whole; {@code healthy} when every part answered. */
    record Report(
            boolean healthy, Part storage, Part index, String version, Instant started, String uptime, String java) {}

    /**
     * @param kind which adapter answered (e.g. {@code FileSystemPageStore})
     * @param count how many dossiers the part holds, where it can tell cheaply (the index); null otherwise
     * @param detail why the part failed; null when it answered
     */
    record Part(boolean ok, String kind, Long count, String detail) {}

    private static final String DOSSIER_PREFIX = "dossiers/";

    private final PageStore store;
    private final SearchIndex index;

    ServiceHealth(PageStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    Report now() {
        Part storage = storage();
        Part indexed = index();
        var runtime = ManagementFactory.getRuntimeMXBean();
        Duration uptime = Duration.ofMillis(runtime.getUptime()).withNanos(0);
        return new Report(
                storage.ok() && indexed.ok(),
                storage,
                indexed,
                version(),
                Instant.ofEpochMilli(runtime.getStartTime()),
                uptime.toString(),
                Runtime.version().toString());
    }

    /** Listing the first object proves the store answers without walking the whole archive. */
    private Part storage() {
        String kind = store.getClass().getSimpleName();
        try (var keys = store.list(DOSSIER_PREFIX)) {
            keys.findFirst();
            return new Part(true, kind, null, null);
        } catch (RuntimeException e) {
            return new Part(false, kind, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Part index() {
        String kind = index.getClass().getSimpleName();
        try {
            return new Part(true, kind, (long) index.indexedVersions().size(), null);
        } catch (RuntimeException e) {
            return new Part(false, kind, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The jar's Implementation-Version; a service run from class folders (tests, IDE) has none. */
    private static String version() {
        String version = ServiceHealth.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
