package vn.hoso.archive.integrity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.storage.PageStore;

/**
 * Reports kept in the page store, one object per run at {@code fixity/reports/{started}.json} with the start time as
 * {@code yyyyMMdd'T'HHmmssSSS'Z'}, so key order is time order and the last key is the latest run. Kept forever: an
 * auditor shows the history of checks, and a report is a few kilobytes.
 */
final class FixityReports {

    static final String PREFIX = "fixity/reports/";
    private static final DateTimeFormatter KEY_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final PageStore store;
    private final JsonMapper json;

    FixityReports(PageStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    String save(FixityReport report) {
        String key = PREFIX + KEY_TIME.format(report.started()) + ".json";
        store.put(key, json.writeValueAsBytes(report), "application/json");
        return key;
    }

    Optional<FixityReport> latest() {
        try (Stream<String> keys = store.list(PREFIX)) {
            return keys.filter(key -> key.endsWith(".json"))
                    .reduce((earlier, later) -> later)
                    .map(key -> json.readValue(store.get(key), FixityReport.class));
        }
    }
}
