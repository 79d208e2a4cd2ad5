package vn.hoso.archive.savedsearch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on saved searches, which keep each user's object small enough to read and rewrite whole on every change.
 *
 * @param maxPerUser saved searches one user may keep (count); default 100
 * @param maxNameLength characters in a name; default 120, about what fits a list entry
 */
@Validated
@ConfigurationProperties("hoso.saved-searches")
public record SavedSearchProperties(
        @DefaultValue("100") @Min(1) @Max(1000) int maxPerUser,
        @DefaultValue("120") @Min(1) @Max(500) int maxNameLength) {}
