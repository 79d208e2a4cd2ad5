/**
 * Private to {@code vn.hoso.ingest.cleanup}: pixel operations. Public only because Java has no
 * feature-private visibility across packages.
 */
package vn.hoso.ingest.cleanup.internal;
