package vn.hoso.archive.page;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/**
 * One ingest pipeline per scanner profile in use: a page is checked and recognised with the profile it was captured
 * under (a phone photo's inbox, the production scanner's), uploads with the service's default. A profile's
 * pipeline, with its Tesseract engines, is made the first time a page of it arrives, so profiles nobody uses cost
 * nothing. Thread-safe.
 */
final class IngestPipelines implements AutoCloseable {

    private final ScannerProfiles profiles;
    private final String defaultProfile;
    private final Path tessdata;
    private final int workers;
    private final Map<String, IngestPipeline> pipelines = new HashMap<>();

    /** @throws IllegalArgumentException when {@code defaultProfile} is not one of {@code profiles} */
    IngestPipelines(ScannerProfiles profiles, String defaultProfile, Path tessdata, int workers) {
        this.profiles = profiles;
        this.defaultProfile = defaultProfile;
        this.tessdata = tessdata;
        this.workers = workers;
        forProfile(defaultProfile);
    }

    /** The name pages get when they arrive without one (uploads). */
    String defaultProfile() {
        return defaultProfile;
    }

    /**
     * The pipeline for {@code profile}; the default's for null, which is what pages stored before profiles were
     * recorded carry.
     *
     * @throws IllegalArgumentException when no built-in profile has that name
     */
    synchronized IngestPipeline forProfile(String profile) {
        String name = profile == null ? defaultProfile : profile;
        IngestPipeline pipeline = pipelines.get(name);
        if (pipeline == null) {
            ScannerProfile found = profiles.get(name);
            pipeline = new IngestPipeline(found, tessdata, workers);
            pipelines.put(name, pipeline);
        }
        return pipeline;
    }

    @Override
    public synchronized void close() {
        pipelines.values().forEach(IngestPipeline::close);
        pipelines.clear();
    }
}
