package vn.hoso.ingest.hotfolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An archive in memory that keeps the {@link Handover} contract: dossiers exist once described (a description
 * containing {@code "bad"} is refused), pages go only to existing dossiers, content already there is not added
 * again. It can be told to fail the next deliveries, as storage that is down would.
 */
final class FakeArchive implements Handover {

    /** Per dossier, the SHA-256 of each file taken, in order. */
    final Map<String, List<String>> dossiers = new LinkedHashMap<>();

    final List<Delivery> deliveries = new ArrayList<>();
    private int failuresToCome;
    private int callsUntilFailure;

    FakeArchive withDossier(String code) {
        dossiers.put(code, new ArrayList<>());
        return this;
    }

    /** The next {@code deliveries} calls throw. */
    void failNext(int deliveries) {
        failuresToCome = deliveries;
    }

    /** The {@code n}-th call from now (1-based) throws; the others succeed. */
    void failAtCall(int n) {
        callsUntilFailure = n;
    }

    @Override
    public synchronized Handed take(Delivery delivery) {
        if (failuresToCome > 0 || (callsUntilFailure > 0 && --callsUntilFailure == 0)) {
            failuresToCome = Math.max(0, failuresToCome - 1);
            throw new IllegalStateException("storage is down");
        }
        deliveries.add(delivery);
        return switch (delivery) {
            case Delivery.Description description -> describe(description);
            case Delivery.Pages pages -> add(pages);
        };
    }

    private Handed describe(Delivery.Description description) {
        if (new String(description.json(), StandardCharsets.UTF_8).contains("bad")) {
            return new Handed.Refused("category: must not be null");
        }
        dossiers.putIfAbsent(description.dossierCode(), new ArrayList<>());
        return new Handed.Taken(0);
    }

    private Handed add(Delivery.Pages pages) {
        List<String> files = dossiers.get(pages.dossierCode());
        if (files == null) {
            return new Handed.Refused("dossier " + pages.dossierCode() + " does not exist");
        }
        String sha256 = sha256(pages.bytes());
        if (files.contains(sha256)) {
            return new Handed.Taken(0);
        }
        files.add(sha256);
        return new Handed.Taken(1);
    }

    List<String> labels() {
        return deliveries.stream()
                .map(delivery -> delivery instanceof Delivery.Pages pages ? pages.label() : "description")
                .toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
