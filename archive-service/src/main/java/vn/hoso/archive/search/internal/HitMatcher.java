package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.hoso.archive.search.PageWord;
import vn.hoso.archive.search.SearchQuery;

/**
 * Finds the recognised words of a page that a query matches, for boxes drawn on the page image. Words compare as
 * page text does in the index (folded: case, diacritics and tone placement ignored; a phrase only where its words
 * follow each other, across line breaks). A query word that matches none of the dossier's name words but is one typo
 * away from one (the way the search found the dossier) stands for that name word. An OCR word may hold several
 * terms ("1234/QĐ-UBND") and a term of a phrase may fall in the next word, so matching runs over the page's terms
 * and marks the words they came from.
 */
public final class HitMatcher {

    private HitMatcher() {}

    /** The words in page order; empty when {@code code} is not indexed or is hidden from the query's caller. */
    public static List<PageWord> matchingWords(
            IndexSearcher searcher, String code, SearchQuery query, List<PageWord> pageWords) throws IOException {
        ScoreDoc[] found = searcher.search(
                        DossierSearch.visible(
                                new TermQuery(IndexSchema.codeTerm(code)),
                                IndexSchema.dossierDocuments(),
                                query.visibility()),
                        1)
                .scoreDocs;
        if (found.length == 0 || pageWords.isEmpty()) {
            return List.of();
        }
        Document dossier =
                searcher.storedFields().document(found[0].doc, Set.of(IndexSchema.NAME, IndexSchema.OTHER_NAMES));
        Set<String> nameTerms = new HashSet<>();
        for (String name : dossier.getValues(IndexSchema.NAME)) {
            nameTerms.addAll(Terms.folded(name));
        }
        for (String name : dossier.getValues(IndexSchema.OTHER_NAMES)) {
            nameTerms.addAll(Terms.folded(name));
        }
        return match(DossierSearch.Understood.of(query).pageUnits(), nameTerms, pageWords);
    }

    static List<PageWord> match(List<String> units, Set<String> nameTerms, List<PageWord> pageWords) {
        List<String> terms = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int word = 0; word < pageWords.size(); word++) {
            for (String term : Terms.folded(pageWords.get(word).text())) {
                terms.add(term);
                owners.add(word);
            }
        }
        TreeSet<Integer> marked = new TreeSet<>();
        for (String unit : units) {
            List<Set<String>> phrase = Terms.folded(unit).stream()
                    .map(term -> spellings(term, nameTerms))
                    .toList();
            if (phrase.isEmpty()) {
                continue;
            }
            for (int start = 0; start + phrase.size() <= terms.size(); start++) {
                if (matchesAt(phrase, terms, start)) {
                    marked.addAll(owners.subList(start, start + phrase.size()));
                }
            }
        }
        return marked.stream().map(pageWords::get).toList();
    }

    private static boolean matchesAt(List<Set<String>> phrase, List<String> terms, int start) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).contains(terms.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** The term itself, and the name terms it stands for when it reached them only through a typo. */
    private static Set<String> spellings(String term, Set<String> nameTerms) {
        Set<String> spellings = new HashSet<>();
        spellings.add(term);
        if (!nameTerms.contains(term) && RelevanceQueries.isTypoCandidate(term)) {
            nameTerms.stream().filter(name -> oneTypoApart(term, name)).forEach(spellings::add);
        }
        return spellings;
    }

    /**
     * Whether one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}, with the
     * first letter kept (the rule of the search's typo matching).
     */
    static boolean oneTypoApart(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int first = 0;
        while (first < Math.min(a.length(), b.length()) && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (a.length() == b.length()) {
            if (first == a.length()) {
                return false;
            }
            boolean swapped = first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
            return swapped || a.substring(first + 1).equals(b.substring(first + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(first + 1).equals(shorter.substring(first));
    }
}
