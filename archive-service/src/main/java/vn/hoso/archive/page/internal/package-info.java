/**
 * The pixel side of the IIIF Image API for page views: parsing an image request ({@code ImageRequest}) and cutting,
 * scaling and encoding tiles from a decoded view derivative ({@code PageImages}). Knows nothing of callers or
 * storage: the {@code vn.hoso.archive.page} feature reads the bytes through its access-checked path first and hands
 * them in. Public only so that {@code vn.hoso.archive.page} can use it; nothing outside that package may.
 */
package vn.hoso.archive.page.internal;
