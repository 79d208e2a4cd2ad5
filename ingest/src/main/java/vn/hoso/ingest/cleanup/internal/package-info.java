/**
 * Private to {@code vn.hoso.ingest.cleanup}: pixel operations on packed 8-bit arrays (resampling, tile
 * statistics, line profiles, borders, tone curves). Public only because Java has no feature-private
 * visibility across packages.
 */
package vn.hoso.ingest.cleanup.internal;
