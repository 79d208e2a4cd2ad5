/**
 * The Lucene side of search: Vietnamese analysis, the document layout, query construction and snippets. Public only
 * so that {@code vn.hoso.archive.search} can use it; nothing outside that package may.
 */
package vn.hoso.archive.search.internal;
