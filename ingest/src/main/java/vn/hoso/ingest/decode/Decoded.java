package vn.hoso.ingest.decode;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** One page's pixels, or why they could not be had. */
public sealed interface Decoded permits Decoded.Page, Decoded.Failed {

    /**
     * @param image upright (EXIF orientation applied), without alpha, 8 bits per sample: either
     *     {@link BufferedImage#TYPE_BYTE_GRAY} or {@link BufferedImage#TYPE_3BYTE_BGR}
     */
    record Page(BufferedImage image) implements Decoded {
        public Page {
            Objects.requireNonNull(image, "image");
        }
    }

    /** @param reason why, in words a clerk can act on */
    record Failed(String reason) implements Decoded {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
