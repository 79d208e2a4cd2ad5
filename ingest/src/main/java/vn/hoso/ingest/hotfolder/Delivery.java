package vn.hoso.ingest.hotfolder;

import java.util.Objects;

/**
 * Something the hot folder hands to the archive. Byte arrays are shared, not copied: neither side changes them.
 * Records here compare arrays by identity.
 */
public sealed interface Delivery permits Delivery.Description, Delivery.Pages {

    /** The dossier this delivery is for; already checked against the hot folder's dossier-code form. */
    String dossierCode();

    /** The scanner profile whose inbox the delivery came from. */
    String profile();

    /**
     * A dossier folder's {@code dossier.json}, delivered before any of the folder's pages: the dossier is created
     * from it if it does not exist yet. Its content is not checked here.
     */
    record Description(String dossierCode, String profile, byte[] json) implements Delivery {
        public Description {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * One file's pages for a dossier: a file exactly as it was dropped, or one section of a scanned stack split
     * at separator sheets (then a lossless TIFF of that section's pages, the same bytes every time it is made).
     *
     * @param label the file name, plus the stack's page range for a section; a label, never a path
     */
    record Pages(String dossierCode, String profile, String label, byte[] bytes) implements Delivery {
        public Pages {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
