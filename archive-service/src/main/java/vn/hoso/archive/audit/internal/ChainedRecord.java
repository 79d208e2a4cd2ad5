package vn.hoso.archive.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.AuditAction;
import vn.hoso.archive.audit.AuditEvent;
import vn.hoso.archive.audit.AuditOutcome;

/**
 * One line of the trail: an event with its place in the chain.
 *
 * <p>The canonical form is one line of JSON with the fields in this fixed order and no spaces:
 * {@code seq, time, actor, action, dossier, page, outcome, client, detail, prev, hash}; strings escape only
 * {@code "}, {@code \} and control characters (as {@code \}{@code uXXXX}), everything else is UTF-8 as is; detail keys
 * are sorted. {@code hash} is the lower-case hex SHA-256 of the UTF-8 bytes of the canonical form without the
 * {@code hash} field (that is, ending {@code ,"prev":"…"}}); {@code prev} is the previous record's {@code hash}, or
 * {@link #GENESIS} for the first.
 */
public record ChainedRecord(long seq, AuditEvent event, String prev, String hash) {

    /** The {@code prev} of the first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** Chains {@code event} after the record whose hash is {@code prev}. */
    public static ChainedRecord link(long seq, AuditEvent event, String prev) {
        return new ChainedRecord(seq, event, prev, sha256(body(seq, event, prev) + "}"));
    }

    /** The hash this record's content should have, whatever its {@code hash} field says. */
    public String expectedHash() {
        return sha256(body(seq, event, prev) + "}");
    }

    /** The canonical line, without the line break. */
    public String line() {
        return body(seq, event, prev) + ",\"hash\":\"" + hash + "\"}";
    }

    /** Reads a line; throws {@link IllegalArgumentException} when it is not a record. */
    public static ChainedRecord parse(String line, JsonMapper json) {
        try {
            JsonNode node = json.readTree(line);
            Map<String, String> detail = new TreeMap<>();
            node.required("detail")
                    .properties()
                    .forEach(
                            entry -> detail.put(entry.getKey(), entry.getValue().asString()));
            AuditEvent event = new AuditEvent(
                    Instant.parse(node.required("time").asString()),
                    node.required("actor").asString(),
                    AuditAction.valueOf(node.required("action").asString()),
                    text(node, "dossier"),
                    node.path("page").isNull() ? null : node.required("page").asInt(),
                    AuditOutcome.valueOf(node.required("outcome").asString()),
                    text(node, "client"),
                    detail);
            return new ChainedRecord(
                    node.required("seq").asLong(),
                    event,
                    node.required("prev").asString(),
                    node.required("hash").asString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an audit record: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.required(field);
        return value.isNull() ? null : value.asString();
    }

    /** The canonical form up to the {@code prev} value, without the closing brace. */
    private static String body(long seq, AuditEvent event, String prev) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"seq\":").append(seq);
        field(out, "time", event.time().toString());
        field(out, "actor", event.actor());
        field(out, "action", event.action().name());
        field(out, "dossier", event.dossier());
        out.append(",\"page\":")
                .append(event.page() == null ? "null" : event.page().toString());
        field(out, "outcome", event.outcome().name());
        field(out, "client", event.client());
        out.append(",\"detail\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : event.detail().entrySet()) {
            out.append(first ? "" : ",");
            quote(out, entry.getKey()).append(':');
            quote(out, entry.getValue());
            first = false;
        }
        out.append('}');
        field(out, "prev", prev);
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
    }

    private static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
