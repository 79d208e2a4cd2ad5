package vn.hoso.archive.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the on-disk index under the service's data folder ({@code hoso.data-dir}, shared with folder storage). */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** The index lives in {@code ${hoso.data-dir}/index}; it is derived data and may be deleted to force a reindex. */
    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${hoso.data-dir:./data}") Path dataDir) {
        return new LuceneSearchIndex(dataDir.resolve("index"));
    }
}
