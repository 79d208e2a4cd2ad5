package vn.hoso.archive.search;

import java.util.Map;

/**
 * The full-text index over dossiers: the seam between the archive and its search engine. Nothing above it knows the
 * engine (Lucene on disk today; a distributed engine can replace it behind this interface).
 *
 * <p>The index is derived data: storage is the source of truth, and {@link #indexedVersions()} plus {@link #clear()}
 * let a reconcile or reindex pass rebuild it from storage.
 *
 * <p>Guarantees every implementation keeps:
 * <ul>
 *   <li>a call that returns has been made durable: after a restart the index holds every acknowledged upsert and
 *       delete, and a search issued after the call returns sees its effect;</li>
 *   <li>access filtering happens inside the engine query, so a dossier classified above the query's clearance never
 *       influences {@link SearchResult#total()}, the hits, or their snippets;</li>
 *   <li>index failures are thrown as {@link SearchIndexException}, never swallowed;</li>
 *   <li>every method is safe to call from several threads at once.</li>
 * </ul>
 */
public interface SearchIndex extends AutoCloseable {

    /** Replaces everything indexed for {@code dossier.code()} with this dossier, atomically for readers. */
    void upsert(IndexedDossier dossier);

    /** Removes the dossier and all its pages; removing a code that is not indexed is not an error. */
    void delete(String code);

    /**
     * Dossiers matching the query and visible at its clearance, best first.
     *
     * <p>Syntax: words separated by white space must all occur somewhere in the dossier (name, title, hometown, code,
     * birth year or page text); text in double quotes must occur as a phrase. Diacritics are optional: a word typed
     * without them matches any accented form, and a word typed with them ranks dossiers with that exact spelling
     * first. There are no operators. A blank (or null) text lists every visible dossier in code order with score 0
     * and no snippets; a text with no searchable word in it (only punctuation) matches nothing.
     *
     * @throws IllegalArgumentException when the text holds more words and phrases than the index accepts
     */
    SearchResult search(SearchQuery query);

    /** Code to manifest version of every indexed dossier, for the start-up reconcile pass. */
    Map<String, Long> indexedVersions();

    /** Removes every dossier, durably; used before a reindex from storage. */
    void clear();

    /** Releases the index; it stays on disk. Closing twice is harmless. */
    @Override
    void close();
}
