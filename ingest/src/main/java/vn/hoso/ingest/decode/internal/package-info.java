/**
 * Private to {@code vn.hoso.ingest.decode}: the format-specific readers, and the
 * {@link vn.hoso.ingest.decode.internal.ByteSource} they all read from (an array in memory or a file on
 * disk) with its ImageIO and PDFBox views. Public only because Java has no feature-private visibility
 * across packages; nothing outside the decode feature may use these types.
 */
package vn.hoso.ingest.decode.internal;
