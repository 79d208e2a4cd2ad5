/**
 * The page pipeline the archive service calls for every uploaded file: inspect the file, then for each
 * page decode, clean an OCR copy, recognise it (turning it first or after when its orientation is in doubt),
 * make the viewer's derivatives with the cleanup's geometry, and flag what a clerk should know (blank, low
 * confidence, low resolution).
 *
 * <p>{@link vn.hoso.ingest.pipeline.IngestPipeline} is the entry point; its outcomes are the sealed
 * {@link vn.hoso.ingest.pipeline.Intake} and {@link vn.hoso.ingest.pipeline.PageOutcome}, with
 * {@link vn.hoso.ingest.pipeline.PageFlag}. This feature stores nothing: the caller keeps the original bytes
 * (the master) and whatever the outcomes carry.
 */
package vn.hoso.ingest.pipeline;
