package vn.hoso.archive.dossier;

/** A clerk tried to classify a dossier above their own clearance: they could not see what they created. */
public class ClassificationAboveClearanceException extends RuntimeException {
    public ClassificationAboveClearanceException(String message) {
        super(message);
    }
}
