/**
 * Private to the audit feature: the canonical record form and its hash chain, the segment files on disk (append,
 * force, seal, torn-tail recovery), their copies and the chain head in object storage, verification and search.
 */
package vn.hoso.archive.audit.internal;
