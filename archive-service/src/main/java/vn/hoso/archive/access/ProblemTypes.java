package vn.hoso.archive.access;

import java.net.URI;

/**
 * The stable {@code type} of every RFC 9457 problem the API answers with. Clients match on the last segment
 * ({@code dossier-not-found}, {@code access-denied}, …); it never changes once published.
 */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static URI uri(String slug) {
        return URI.create("urn:hoso:problem:" + slug);
    }
}
