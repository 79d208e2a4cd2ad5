package vn.hoso.archive.integrity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The fixity job ({@code hoso.fixity.*}).
 *
 * @param cron when the scheduled run starts: a Spring cron expression (second minute hour day month weekday) in the
 *     service's time zone, or {@code -} for no scheduled run (on-demand runs still work). Default
 *     {@code 0 0 2 * * SUN}: weekly, at night, because a run reads every master once and competes with the day's
 *     uploads for disk or network.
 */
@ConfigurationProperties("hoso.fixity")
@Validated
record FixityProperties(
        @NotBlank @DefaultValue("0 0 2 * * SUN") String cron) {

    /** Fails start-up on a typo rather than silently never running. */
    @AssertTrue(message = "hoso.fixity.cron must be a cron expression (6 fields) or '-'")
    boolean isCronValid() {
        return cron == null || "-".equals(cron) || CronExpression.isValidExpression(cron);
    }
}
