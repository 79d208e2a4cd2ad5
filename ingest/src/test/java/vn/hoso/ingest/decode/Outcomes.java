package vn.hoso.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

/** Unwraps the decoder's outcomes in tests, failing with the outcome shown when it is not the expected kind. */
final class Outcomes {

    private Outcomes() {}

    static String unreadableReason(Inspection inspection) {
        assertThat(inspection).isInstanceOf(Inspection.Unreadable.class);
        return ((Inspection.Unreadable) inspection).reason();
    }

    static String failedReason(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Failed.class);
        return ((Decoded.Failed) decoded).reason();
    }
}
