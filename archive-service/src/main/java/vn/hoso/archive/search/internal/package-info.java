/**
 * The Lucene side of search: Vietnamese analysis ({@code VietnameseAnalyzer}, {@code TonePlacement}, {@code Terms}),
 * the index layout ({@code IndexSchema}, {@code DossierDocuments}), the query syntax ({@code QuerySyntax},
 * {@code QueryField}, {@code Criterion}), query building and ranking ({@code RelevanceQueries},
 * {@code CriterionQueries}), result assembly ({@code DossierSearch}, {@code HitAssembly}, {@code Snippets},
 * {@code FacetCounting}), suggestions ({@code NameSuggestions}), name order ({@code VietnameseOrder}) and hit boxes
 * ({@code HitMatcher}). Public only so that {@code vn.hoso.archive.search} can use it; nothing outside that package
 * may.
 */
package vn.hoso.archive.search.internal;
