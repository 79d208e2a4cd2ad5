package vn.hoso.archive.search;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Jurisdiction;
import vn.hoso.archive.access.Visibility;

/**
 * The full-text index over dossiers: the seam between the archive and its search engine. Nothing above it knows the
 * engine (Lucene on disk today; a distributed engine can replace it behind this interface).
 *
 * <p>The index is derived data: storage is the source of truth, and {@link #indexedVersions()}, {@link #clear()} and
 * {@link #upsertAll(Stream)} let a reconcile or reindex pass rebuild it from storage.
 *
 * <p>Guarantees every implementation keeps:
 * <ul>
 *   <li>a call that returns has been made durable: after a restart the index holds every acknowledged upsert and
 *       delete, and a search issued after the call returns sees its effect;</li>
 *   <li>access filtering happens inside the engine query, so a dossier classified above the caller's clearance or
 *       lying outside their jurisdiction ({@link Visibility#admits}) never influences a total, a hit, a snippet, a
 *       facet count, a suggestion or a word marked on a page;</li>
 *   <li>the work of one request is bounded whatever the size of the archive: at most {@value #MAX_UNITS}
 *       words and phrases, {@value SearchQuery#MAX_WINDOW} ranks to page through, typo expansion capped per word,
 *       suggestions counted over at most {@value #MAX_SUGGESTION_SCAN} dossiers;</li>
 *   <li>index failures are thrown as {@link SearchIndexException}, never swallowed;</li>
 *   <li>every method is safe to call from several threads at once.</li>
 * </ul>
 */
public interface SearchIndex extends AutoCloseable {

    /** Words, phrases and field values in one query. */
    int MAX_UNITS = 32;

    /** Suggestions one call may ask for. */
    int MAX_SUGGESTIONS = 50;

    /** Dossiers whose names one suggestion call reads; counts are exact below this and a lower bound above it. */
    int MAX_SUGGESTION_SCAN = 20_000;

    /** Index terms one misspelt word may stand for. */
    int MAX_TYPO_EXPANSIONS = 50;

    /** Replaces everything indexed for {@code dossier.code()} with this dossier, atomically for readers. */
    void upsert(IndexedDossier dossier);

    /**
     * Upserts every dossier of the stream, pulling one at a time, so memory does not grow with the archive; the
     * stream is consumed but not closed. Cheaper per dossier than {@link #upsert}: the batch is made durable once,
     * when the call returns (and searches may see part of it before). If the call throws, the dossiers already
     * written may or may not survive a restart; a reconcile pass finds out which.
     *
     * @return how many dossiers were written
     */
    long upsertAll(Stream<IndexedDossier> dossiers);

    /** Removes the dossier and all its pages; removing a code that is not indexed is not an error. */
    void delete(String code);

    /**
     * Dossiers matching the query and visible at its clearance, in the query's order, with facet counts.
     *
     * <p>Words separated by white space must each occur somewhere in the dossier (names, title, hometown, code,
     * identity numbers, decision numbers, document types, birth year or page text); text in double quotes must occur
     * as a phrase. Diacritics and tone placement ("hoà"/"hòa") are optional: a word typed without them matches every
     * accented form, and a word typed with them ranks dossiers with that exact spelling first. A word of four letters
     * or more also matches a name with one typo (edit distance 1, first letter right), ranked below exact and
     * diacritics-free matches; page text, codes and numbers match only as typed.
     *
     * <p>Fields: {@code ho ten:}, {@code nam sinh:} (a year or a range {@code 1940-1950}), {@code que quan:},
     * {@code tinh:}, {@code huyen:}, {@code ma:} (exact, or a prefix with {@code *}), {@code cccd:}/{@code cmnd:},
     * {@code so qd:}, {@code loai:}, {@code van ban:}, {@code trang thai:}, {@code ngay:} (a date {@code d/m/yyyy},
     * a year or a range of years) and {@code gioi tinh:}, with or without diacritics in the name ("họ tên:") and
     * in any case; they mean what the fields of {@link SearchFilters} mean. A field's value runs to the next field,
     * a comma or semicolon, or the end; a quoted value ends at its closing quote; words after that are plain words
     * again. A name before a colon that is not a field, or a field with a value it cannot read (e.g.
     * {@code nam sinh: abc}), is read as plain words: no input is a syntax error.
     *
     * <p>A query with no words and no fields lists every visible dossier; a text with no searchable word in it
     * (only punctuation) and no field matches nothing.
     *
     * @throws IllegalArgumentException when the text holds more words, phrases and fields than the index accepts
     */
    SearchResult search(SearchQuery query);

    /**
     * Every dossier the query matches and its clearance reaches, in the query's order, handed to {@code each} one at
     * a time, for exports of a whole result list. Matching and access filtering are those of {@link #search} (the
     * query's {@code page} and {@code size} are ignored); all hits come from one consistent snapshot of the index.
     * Each hit carries its matching pages and page count but no snippets. Memory stays bounded whatever the number of
     * hits: the index reads them in batches, so {@code each} should write them out rather than collect them. An
     * exception thrown by {@code each} stops the walk and propagates.
     *
     * @param limit the most hits to hand over, at least 1
     * @return how many dossiers matched in total; more than {@code limit} means the list was cut
     */
    long forEachHit(SearchQuery query, long limit, Consumer<SearchHit> each);

    /**
     * Names that begin with what the officer has typed so far, for a search box: full names and other names of
     * dossiers visible to {@code visibility} whose whole name, or the name from one of its later words on ("van th"
     * for "Nguyễn Văn Thường"), starts with {@code prefix}, compared without case, diacritics or tone placement.
     * Names starting with the prefix come before names containing it, then more frequent names first, then in
     * Vietnamese alphabetical order. A blank prefix suggests nothing.
     *
     * @param limit 1 to {@value #MAX_SUGGESTIONS}
     */
    List<NameSuggestion> suggest(String prefix, Visibility visibility, int limit);

    /** {@link #suggest(String, Visibility, int)} without a jurisdiction restriction. */
    default List<NameSuggestion> suggest(String prefix, Confidentiality clearance, int limit) {
        return suggest(prefix, new Visibility(clearance, Jurisdiction.EVERYWHERE), limit);
    }

    /**
     * The words of one page of dossier {@code code} that the query would match there, for drawing boxes on the
     * page image: each word or phrase of the query text and the text-valued fields (name, hometown, document type,
     * decision number, identity numbers) compared as page text is (case, diacritics and tone placement ignored, a
     * phrase only where its words follow each other). A name word that matched the dossier's name only through a
     * typo marks the name's correctly spelled word. The caller reads the words from storage; returns them in page
     * order, or an empty list when the dossier is not indexed or is outside {@code query.visibility()}.
     */
    List<PageWord> matchingWords(String code, SearchQuery query, List<PageWord> pageWords);

    /** Code to manifest version of every indexed dossier, for the start-up reconcile pass. */
    Map<String, Long> indexedVersions();

    /** Removes every dossier, durably; used before a reindex from storage. */
    void clear();

    /** Releases the index; it stays on disk. Closing twice is harmless. */
    @Override
    void close();
}
