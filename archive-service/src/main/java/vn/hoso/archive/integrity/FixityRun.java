package vn.hoso.archive.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.core.JacksonException;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.integrity.FixityFinding.Problem;
import vn.hoso.archive.integrity.FixityReport.Mismatch;
import vn.hoso.archive.integrity.FixityReport.Missing;
import vn.hoso.archive.integrity.FixityReport.Unreadable;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.archive.storage.StorageException;

/**
 * One pass over the archive: every dossier's manifest, every distinct master it names, each streamed through
 * SHA-256 with a fixed buffer, so memory does not grow with a master's size. One use per instance.
 */
final class FixityRun {

    private static final int BUFFER = 64 * 1024;

    private final Dossiers dossiers;
    private final PageStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<Mismatch> mismatched = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final byte[] buffer = new byte[BUFFER];
    private int checked;
    private int ok;

    FixityRun(Dossiers dossiers, PageStore store, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    FixityReport run(String requestedBy) {
        Instant started = clock.instant();
        try (Stream<DossierCode> codes = dossiers.codes()) {
            codes.forEach(this::checkDossier);
        }
        return new FixityReport(started, clock.instant(), requestedBy, checked, ok, mismatched, missing, unreadable, 0);
    }

    private void checkDossier(DossierCode code) {
        Dossier dossier;
        try {
            dossier = dossiers.find(code.value()).orElse(null);
        } catch (StorageException | JacksonException e) {
            report(Problem.UNREADABLE, code.value(), 0, DossierKeys.manifest(code), null, null, null, e.getMessage());
            return;
        }
        if (dossier == null) {
            return;
        }
        Map<String, Page> masters = new LinkedHashMap<>();
        dossier.pages().forEach(page -> masters.putIfAbsent(page.masterKey(), page));
        masters.values().forEach(page -> checkMaster(dossier, page));
    }

    private void checkMaster(Dossier dossier, Page page) {
        checked++;
        String code = dossier.code().value();
        try {
            String actual = sha256(page.masterKey());
            if (actual.equals(page.sha256())) {
                ok++;
            } else {
                report(Problem.MISMATCHED, code, page.seq(), page.masterKey(), dossier, page.sha256(), actual, null);
            }
        } catch (ObjectMissingException e) {
            report(Problem.MISSING, code, page.seq(), page.masterKey(), dossier, page.sha256(), null, null);
        } catch (StorageException | IOException e) {
            report(
                    Problem.UNREADABLE,
                    code,
                    page.seq(),
                    page.masterKey(),
                    dossier,
                    page.sha256(),
                    null,
                    e.getMessage());
        }
    }

    private void report(
            Problem problem,
            String code,
            int seq,
            String key,
            Dossier dossier,
            String expected,
            String actual,
            String detail) {
        var level = dossier == null ? null : dossier.confidentiality();
        switch (problem) {
            case MISMATCHED -> mismatched.add(new Mismatch(code, seq, key, level, expected, actual));
            case MISSING -> missing.add(new Missing(code, seq, key, level, expected));
            case UNREADABLE -> unreadable.add(new Unreadable(code, seq, key, level, expected, detail));
        }
        events.publishEvent(
                new FixityFinding(problem, code, seq, key, level, expected, actual, detail, clock.instant()));
    }

    private String sha256(String key) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(store.open(key), digest)) {
            while (in.read(buffer) >= 0) {
                // DigestInputStream digests as it reads.
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
