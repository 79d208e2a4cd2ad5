/**
 * Encryption at rest for the {@code PageStore} decorator: the envelope format ({@code EnvelopeHeader}), the master
 * keys from a PKCS12 keystore that wrap each object's data key ({@code MasterKeys}), and the segmented AES-256-GCM
 * streams ({@code SegmentCipher}, {@code EncryptingOutputStream}, {@code DecryptingInputStream}). Public only so that
 * {@code vn.hoso.archive.storage} can use it; nothing outside that package may. Knows bytes and keys, never dossiers.
 */
package vn.hoso.archive.storage.internal;
