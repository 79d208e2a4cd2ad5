/**
 * Full-text search over dossiers. The API is {@link vn.hoso.archive.search.SearchIndex} with its value records; the
 * Lucene adapter and everything under {@code internal} (analysis, index layout, query building, snippets) are private
 * to this feature and may change with a reindex.
 *
 * <p>This feature owns the index folder and nothing else: it never reads storage (callers hand it
 * {@link vn.hoso.archive.search.IndexedDossier}s) and never decides who may see what beyond honouring the clearance
 * in each {@link vn.hoso.archive.search.SearchQuery}.
 */
package vn.hoso.archive.search;
