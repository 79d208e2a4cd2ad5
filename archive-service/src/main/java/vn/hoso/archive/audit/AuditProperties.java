package vn.hoso.archive.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail ({@code hoso.audit.*}). The trail itself lives in {@code <hoso.data-dir>/audit/segments/}.
 *
 * @param segmentSize a segment is sealed and copied to object storage once it holds this many bytes. Default
 *     {@code 4MB} (some ten thousand records): small enough that a lost disk loses little, large enough for few
 *     objects.
 * @param segmentAge a segment is sealed once its first record is this old, so a quiet office still gets its trail
 *     into object storage. Default {@code 1d}.
 * @param sealCheck how often the age limit is looked at. Default {@code 1m}.
 */
@Validated
@ConfigurationProperties("hoso.audit")
public record AuditProperties(
        @NotNull @DefaultValue("4MB") DataSize segmentSize,
        @NotNull @DefaultValue("1d") Duration segmentAge,
        @NotNull @DefaultValue("1m") Duration sealCheck) {}
