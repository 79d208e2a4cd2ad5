/**
 * The command line over {@link vn.hoso.ingest.pipeline.IngestPipeline} and {@link vn.hoso.ingest.bench},
 * for scanning workstations, batch runs and measurements outside the archive service: {@code recognize},
 * {@code bench}, {@code bench generate}. Only {@link vn.hoso.ingest.cli.Main} is public.
 */
package vn.hoso.ingest.cli;
