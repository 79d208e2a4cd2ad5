package vn.hoso.archive.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.profiles.ScannerProfiles;

/** The in-process ingest pipeline that uploads and hot folders share. */
@Configuration
class PipelineConfiguration {

    @Bean(destroyMethod = "close")
    IngestPipeline ingestPipeline(IngestProperties properties) {
        return new IngestPipeline(ScannerProfiles.builtIn().get(properties.profile()), properties.tessdata(),
                properties.effectiveWorkers());
    }
}
