package vn.hoso.ingest.hotfolder;

import java.util.Objects;

/** What the archive did with a {@link Delivery}. */
public sealed interface Handed permits Handed.Taken, Handed.Refused {

    /**
     * In the archive: stored (masters and manifest written) or already there.
     *
     * @param pagesAdded pages the delivery added; 0 when its content was already in the dossier, or for a
     *     description of a dossier
     */
    record Taken(int pagesAdded) implements Handed {}

    /** Not taken, and taking it again as it is would not help. @param reason in words a clerk can act on */
    record Refused(String reason) implements Handed {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
