package vn.hoso.archive.dossier;

/** A dossier with that code is already in the archive. */
public class DossierExistsException extends RuntimeException {
    public DossierExistsException(String code) {
        super("dossier " + code + " already exists");
    }
}
