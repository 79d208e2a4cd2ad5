package vn.hoso.archive.search;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/**
 * One matching dossier.
 *
 * @param category the category key as indexed
 * @param status the status key as indexed
 * @param hometown as written, for display
 * @param score relevance, comparable only within one result; 0 when nothing in the query is scored
 * @param snippets at most three fragments of matching page text, HTML-escaped, with each match inside
 *     {@code <mark>…</mark>}; safe to insert as HTML
 * @param pages the sequence numbers of the pages whose text matched, ascending
 * @param pageCount pages the dossier holds, recognised or not; null when the index entry predates the count (a
 *     reindex fills it in)
 */
public record SearchHit(
        String code,
        String title,
        String fullName,
        List<String> otherNames,
        String category,
        String status,
        Integer birthYear,
        String hometown,
        String province,
        String district,
        Confidentiality confidentiality,
        float score,
        List<String> snippets,
        List<Integer> pages,
        Integer pageCount) {

    public SearchHit {
        otherNames = List.copyOf(otherNames);
        snippets = List.copyOf(snippets);
        pages = List.copyOf(pages);
    }
}
