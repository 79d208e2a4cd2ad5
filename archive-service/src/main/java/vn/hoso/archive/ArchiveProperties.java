package vn.hoso.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the whole service.
 *
 * @param dataDir folder under which the embedded storage ({@code storage/}) and the search index ({@code index/})
 *     live; relative paths resolve against the working directory
 * @param demo demo mode: demo users exist and the sample dossiers are loaded at start-up; never on a real archive
 */
@Validated
@ConfigurationProperties("hoso")
public record ArchiveProperties(@DefaultValue("./data") Path dataDir, boolean demo) {}
