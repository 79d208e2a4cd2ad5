package vn.hoso.archive.dossier;

/**
 * No such dossier for this caller: either it does not exist or the caller's clearance does not reach it. The two are
 * deliberately indistinguishable, so that a classified dossier's existence does not leak.
 */
public class DossierNotFoundException extends RuntimeException {
    public DossierNotFoundException(String code) {
        super("no dossier " + code);
    }
}
