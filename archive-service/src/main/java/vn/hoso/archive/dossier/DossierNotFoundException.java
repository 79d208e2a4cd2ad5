package vn.hoso.archive.dossier;

/**
 * No such dossier for this caller: either it does not exist or it lies outside the caller's clearance or
 * jurisdiction. The two are deliberately indistinguishable, so that a classified dossier's existence does not leak.
 */
public class DossierNotFoundException extends RuntimeException {
    public DossierNotFoundException(String code) {
        super("no dossier " + code);
    }
}
