/**
 * Object storage: the archive's source of truth for masters, derivatives, OCR output and dossier manifests.
 *
 * <p>{@link vn.hoso.archive.storage.PageStore} is the only public entry; its adapters (a folder, or a bucket on any
 * S3-compatible server) and their Spring wiring are package-private, chosen by {@code hoso.storage.type}; encryption
 * at rest ({@code hoso.encryption.*}) is a decorator in front of either, its format in {@code internal/}. This
 * package knows keys and bytes only: it must not interpret dossiers, check access or write audit records — callers
 * do that before they reach it.
 */
package vn.hoso.archive.storage;
