package vn.hoso.ingest.hotfolder;

/**
 * Where the hot folder hands what it takes: the archive implements this. Called on the hot folder's single
 * thread, one delivery at a time, and only for files that have stopped changing.
 *
 * <p>Contract: a {@link Delivery.Pages} whose content (SHA-256) is already a master of that dossier must be
 * answered {@link Handed.Taken} without adding it again. The hot folder moves a file out of the inbox only after
 * every delivery made from it was answered, so a process killed in between offers the file again at restart, and
 * this rule is what keeps its pages from being added twice. A {@link Handed.Refused} moves the file to
 * {@code quarantine/} with the reason. A runtime exception means "not now" (storage down, say): the file stays,
 * is offered again once it has settled again, and is quarantined after a few failed attempts.
 */
@FunctionalInterface
public interface Handover {

    Handed take(Delivery delivery);
}
