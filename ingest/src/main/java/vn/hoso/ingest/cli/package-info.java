/**
 * The command line over {@link vn.hoso.ingest.pipeline.IngestPipeline}, for batch runs and measurements
 * outside the archive service.
 */
package vn.hoso.ingest.cli;
