/**
 * Saved searches: each user's named searches (query text, advanced-form filters and order, exactly the parameters of
 * {@code GET /api/search}), kept in the {@link vn.hoso.archive.storage.PageStore} as one small JSON object per user
 * ({@code users/{user}/saved-searches.json}), so they survive restarts and follow the archive to any storage
 * adapter. The API is {@link vn.hoso.archive.savedsearch.SavedSearches} with the values
 * {@link vn.hoso.archive.savedsearch.SavedSearch} and {@link vn.hoso.archive.savedsearch.SearchParameters}.
 *
 * <p>A saved search is only the parameters, never results: running one is a new search with the runner's clearance
 * at that moment, so saving cannot carry a classified dossier past a later change of clearance. A user reaches only
 * their own saved searches; another user's id answers exactly as a missing one. This feature must not read dossiers
 * or the index.
 */
package vn.hoso.archive.savedsearch;
