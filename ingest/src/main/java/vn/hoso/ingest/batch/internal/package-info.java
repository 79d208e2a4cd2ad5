/**
 * Private to {@code vn.hoso.ingest.batch}: barcode reading and the TIFF a section is written as. Public only
 * because Java has no feature-private visibility across packages; nothing outside the batch feature may use
 * these types.
 */
package vn.hoso.ingest.batch.internal;
