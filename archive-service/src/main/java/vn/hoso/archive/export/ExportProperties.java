package vn.hoso.archive.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on result-list exports.
 *
 * @param maxRows dossiers one export writes at most (rows, besides the header); a longer list is cut and its last
 *     row says so. Default 50,000: a few seconds of work and a file Excel opens comfortably; at most 1,000,000, below
 *     Excel's 1,048,576 rows per sheet
 */
@Validated
@ConfigurationProperties("hoso.export")
public record ExportProperties(
        @DefaultValue("50000") @Min(1) @Max(1_000_000) int maxRows) {}
