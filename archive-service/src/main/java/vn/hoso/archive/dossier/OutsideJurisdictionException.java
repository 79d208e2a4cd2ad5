package vn.hoso.archive.dossier;

/** A clerk tried to open a dossier whose hometown lies outside their jurisdiction: they could not see it. */
public class OutsideJurisdictionException extends RuntimeException {
    public OutsideJurisdictionException(String message) {
        super(message);
    }
}
