package vn.hoso.ingest.pipeline;

import java.util.Objects;

/** Whether an uploaded file can enter the archive, judged without decoding its pages. */
public sealed interface Intake permits Intake.Accepted, Intake.Rejected {

    /**
     * @param mediaType detected from the content, e.g. {@code image/tiff}
     * @param extension for the stored master: {@code tif}, {@code jpg}, {@code png} or {@code pdf}
     * @param pageCount at least 1
     */
    record Accepted(String mediaType, String extension, int pageCount) implements Intake {
        public Accepted {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(extension, "extension");
        }
    }

    /** @param reason why, in words a clerk can act on (e.g. {@code PDF is password-protected}) */
    record Rejected(String reason) implements Intake {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
