/**
 * Private to {@code vn.hoso.ingest.pipeline}: the engine pool, the upright reading, the stated scan
 * resolution and the derivative encoder. Public only because Java has no feature-private visibility across
 * packages.
 */
package vn.hoso.ingest.pipeline.internal;
