package vn.hoso.archive.search;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/**
 * One matching dossier.
 *
 * @param hometown as written, for display
 * @param score relevance, comparable only within one result; 0 when listing without a query
 * @param snippets at most three fragments of matching page text, HTML-escaped, with each match inside
 *     {@code <mark>…</mark>}; safe to insert as HTML
 * @param pages the sequence numbers of the pages whose text matched, ascending
 */
public record SearchHit(
        String code, String title, String fullName, String category, Integer birthYear, String hometown,
        Confidentiality confidentiality, float score,
        List<String> snippets, List<Integer> pages) {

    public SearchHit {
        snippets = List.copyOf(snippets);
        pages = List.copyOf(pages);
    }
}
