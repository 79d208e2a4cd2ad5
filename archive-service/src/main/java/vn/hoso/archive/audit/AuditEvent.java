package vn.hoso.archive.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing that happened, as the trail keeps it.
 *
 * @param time when it ended, kept to the millisecond
 * @param actor the user name; {@code anonymous} for a caller without credentials, the attempted name for a failed
 *     login; never empty
 * @param action what was done
 * @param dossier the dossier code it concerned, or {@code null}
 * @param page the page sequence number within the dossier, or {@code null}
 * @param outcome how it ended
 * @param client the client's network address as the server saw it (behind a proxy: set
 *     {@code server.forward-headers-strategy})
 * @param detail what else matters for this action, e.g. {@code query}, {@code count}, {@code status}; sorted by
 *     name, values are text
 */
public record AuditEvent(
        Instant time,
        String actor,
        AuditAction action,
        String dossier,
        Integer page,
        AuditOutcome outcome,
        String client,
        Map<String, String> detail) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an actor");
        }
        time = time.truncatedTo(ChronoUnit.MILLIS);
        actor = clean(actor);
        dossier = clean(dossier);
        client = clean(client);
        TreeMap<String, String> sorted = new TreeMap<>();
        if (detail != null) {
            detail.forEach((name, value) -> {
                if (name != null && value != null) {
                    sorted.put(clean(name), clean(value));
                }
            });
        }
        detail = Collections.unmodifiableMap(sorted);
    }

    /**
     * Texts as they will read back from the trail: at most {@value #MAX_TEXT} characters, and a lone surrogate
     * (not encodable in UTF-8) replaced, so that a record read back hashes as it was written.
     */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return new String(capped.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Longest text kept in any field; longer user input (a pasted query) is cut. */
    public static final int MAX_TEXT = 1000;
}
