/**
 * The page pipeline the archive service calls for every uploaded file: inspect the file, then for each
 * page decode, clean an OCR copy, recognise and make the viewer's derivatives.
 *
 * <p>{@link vn.hoso.ingest.pipeline.IngestPipeline} is the entry point; its outcomes are the sealed
 * {@link vn.hoso.ingest.pipeline.Intake} and {@link vn.hoso.ingest.pipeline.PageOutcome}. This feature
 * stores nothing: the caller keeps the original bytes (the master) and whatever the outcomes carry.
 */
package vn.hoso.ingest.pipeline;
