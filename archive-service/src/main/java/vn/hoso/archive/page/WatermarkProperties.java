package vn.hoso.archive.page;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How page copies of classified dossiers are marked ({@code hoso.watermark.*}).
 *
 * @param font a TrueType font with Vietnamese glyphs for the mark; start-up fails when it is missing or cannot draw
 *     "MẬT", since classified pages must not be served unmarked. Default DejaVu Sans Bold from Debian's
 *     {@code fonts-dejavu-core}.
 * @param zone the time zone of the time printed in the mark. Default {@code Asia/Ho_Chi_Minh}.
 */
@Validated
@ConfigurationProperties("hoso.watermark")
record WatermarkProperties(
        @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf") @NotNull
        Path font,

        @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone) {}
