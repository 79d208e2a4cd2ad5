package vn.hoso.ingest.decode;

import java.util.Objects;

/** What a look at a file's headers found, before any page is decoded. */
public sealed interface Inspection permits Inspection.Readable, Inspection.Unreadable {

    /** A supported file within the limits, as far as its headers tell. */
    record Readable(ImageFormat format, int pageCount) implements Inspection {
        public Readable {
            Objects.requireNonNull(format, "format");
            if (pageCount < 1) {
                throw new IllegalArgumentException("pageCount must be at least 1, was " + pageCount);
            }
        }
    }

    /** @param reason why, in words a clerk can act on */
    record Unreadable(String reason) implements Inspection {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
