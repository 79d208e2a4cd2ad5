package vn.hoso.archive.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.profiles.ScannerProfiles;

/** The in-process ingest pipelines, one per scanner profile in use, that uploads and hot folders share. */
@Configuration
class PipelineConfiguration {

    @Bean(destroyMethod = "close")
    IngestPipelines ingestPipelines(IngestProperties properties) {
        return new IngestPipelines(
                ScannerProfiles.builtIn(), properties.profile(), properties.tessdata(), properties.effectiveWorkers());
    }
}
