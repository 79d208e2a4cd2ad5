/**
 * Private to {@code vn.hoso.ingest.hotfolder}: one inbox's pass, settling, and the done and quarantine shelves.
 * Public only because Java has no feature-private visibility across packages; nothing outside the hot-folder
 * feature may use these types.
 */
package vn.hoso.ingest.hotfolder.internal;
