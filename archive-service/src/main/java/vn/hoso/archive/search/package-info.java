/**
 * Full-text search over dossiers. The API is {@link vn.hoso.archive.search.SearchIndex} with its value records
 * ({@link vn.hoso.archive.search.IndexedDossier}, {@link vn.hoso.archive.search.SearchQuery} with
 * {@link vn.hoso.archive.search.SearchFilters} and {@link vn.hoso.archive.search.SearchSort},
 * {@link vn.hoso.archive.search.SearchResult} with {@link vn.hoso.archive.search.SearchFacets},
 * {@link vn.hoso.archive.search.NameSuggestion}, {@link vn.hoso.archive.search.PageWord}); the Lucene adapter and
 * everything under {@code internal} (analysis, index layout, query syntax and building, facets, suggestions,
 * snippets, page-word matching) are private to this feature and may change with a reindex.
 *
 * <p>This feature owns the index folder and nothing else: it never reads storage (callers hand it
 * {@link vn.hoso.archive.search.IndexedDossier}s, and the OCR words of a page for
 * {@link vn.hoso.archive.search.SearchIndex#matchingWords}) and never decides who may see what beyond honouring the
 * clearance in each request.
 *
 * <h2>Scale</h2>
 * <ul>
 *   <li>Rebuilding streams: {@link vn.hoso.archive.search.SearchIndex#upsertAll} pulls one dossier at a time and
 *       writes through a fixed RAM buffer (64 MB) that spills to segments, with one commit at the end, so a reindex
 *       of any size needs the same heap and pays one fsync, not one per dossier.</li>
 *   <li>Per-query work is bounded by the request, not the archive: at most 32 words, phrases and fields; typo
 *       expansion at most 50 index terms per word, first letter fixed, names only; at most 10,000 ranks to page
 *       through; page lists and snippets only for the dossiers of the requested page (at most 100, three snippets
 *       each); facets one pass over doc values of the matching dossier documents (never page documents);
 *       suggestions read at most 20,000 dossiers.</li>
 *   <li>Whole result lists (exports) are walked with search-after in batches of 500 over one snapshot, page lists
 *       only for the dossiers of the batch and no snippets, so memory holds one batch however long the list.</li>
 *   <li>Each dossier is one document for matching, ranking, sorting and facets (all its page text included) plus
 *       one document per page for page lists and snippets, so ranking costs grow with dossiers, not pages.</li>
 *   <li>Scale-out: a distributed engine (Solr, OpenSearch) can take this seam over one to one: folded twins as
 *       analysed sub-fields, the clearance as a filter clause, facets as terms aggregations, suggestions as a
 *       prefix on a keyword field inside the same filter.</li>
 *   <li>Known limit: relevance statistics (term rarity, field lengths) are index-wide, dossiers above the caller's
 *       clearance included. They never add or remove a hit or change a count, but they can shift score values
 *       (and, in near ties, the order) of visible hits. Where that side channel matters, keep one index per
 *       confidentiality level and search the levels the caller may see through one multi-reader, so statistics
 *       come only from visible dossiers.</li>
 * </ul>
 */
package vn.hoso.archive.search;
