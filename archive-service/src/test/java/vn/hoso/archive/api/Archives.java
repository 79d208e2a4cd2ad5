package vn.hoso.archive.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Steps the integrity tests share: a recognised page in a new dossier, a finished fixity run. */
final class Archives {

    private Archives() {}

    /** Creates the dossier at {@code level}, uploads {@code scan} as its page 1 and waits until it is recognised. */
    static JsonNode dossierWithOnePage(ApiClient clerk, String code, String level, String name, byte[] scan)
            throws InterruptedException {
        HttpResponse<byte[]> created =
                clerk.postJson("/api/dossiers", ArchiveApiTest.dossierJson(code, "MARTYR", level, name));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("dossier not created: " + ApiClient.text(created));
        }
        clerk.upload("/api/dossiers/" + code + "/pages", List.of(new ApiClient.Part("p1.png", "image/png", scan)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode dossier = ApiClient.json(clerk.get("/api/dossiers/" + code));
            if (!dossier.get("pages").get(0).get("status").asString().equals("PENDING")) {
                return dossier;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("page 1 of " + code + " still pending after 120 s");
    }

    /** Starts a fixity run as {@code requester} and returns the report of that run once it has finished. */
    static JsonNode fixityRun(ApiClient requester, ApiClient reader) throws InterruptedException {
        HttpResponse<byte[]> start = requester.postEmpty("/api/admin/fixity");
        if (start.statusCode() != 202) {
            throw new IllegalStateException("fixity run not started: " + start.statusCode() + ApiClient.text(start));
        }
        Instant since = Instant.parse(ApiClient.json(start).get("since").asString());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<byte[]> latest = reader.get("/api/fixity/latest");
            if (latest.statusCode() == 200) {
                JsonNode report = ApiClient.json(latest);
                if (!Instant.parse(report.get("started").asString()).isBefore(since)) {
                    return report;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no fixity report for the run started " + since);
    }
}
