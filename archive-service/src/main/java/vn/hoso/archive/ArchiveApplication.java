package vn.hoso.archive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The archive service: dossiers, page storage, search index, access control, REST API and the web interface. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ArchiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArchiveApplication.class, args);
    }
}
