/**
 * Private to {@code vn.hoso.ingest.decode}: the format-specific readers. Public only because Java has no
 * feature-private visibility across packages; nothing outside the decode feature may use these types.
 */
package vn.hoso.ingest.decode.internal;
