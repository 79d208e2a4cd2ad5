package vn.hoso.archive.dossier;

/**
 * The storage layout of a dossier. Keys are stable and human-readable, because auditors browse them:
 * <pre>
 * dossiers/{code}/manifest.json
 * dossiers/{code}/pages/{seq}/master.{ext}   bytes exactly as received; never rewritten
 * dossiers/{code}/pages/{seq}/master-v{n}.{ext}  a clerk's replacement scan, n = 2, 3, …; the earlier ones stay
 * dossiers/{code}/pages/{seq}/view.jpg
 * dossiers/{code}/pages/{seq}/thumb.jpg
 * dossiers/{code}/pages/{seq}/ocr.json
 * </pre>
 * The pages of a multi-page file share the master stored under the first of them.
 */
public final class DossierKeys {

    public static final String ROOT = "dossiers/";
    public static final String MANIFEST = "/manifest.json";

    private DossierKeys() {}

    public static String manifest(DossierCode code) {
        return ROOT + code.value() + MANIFEST;
    }

    public static String master(DossierCode code, int seq, String extension) {
        return page(code, seq) + "master." + extension;
    }

    /** Where the {@code revision}-th master of a page goes when a clerk replaces its scan (the first is 2). */
    public static String revisedMaster(DossierCode code, int seq, int revision, String extension) {
        return page(code, seq) + "master-v" + revision + "." + extension;
    }

    public static String view(DossierCode code, int seq) {
        return page(code, seq) + "view.jpg";
    }

    public static String thumb(DossierCode code, int seq) {
        return page(code, seq) + "thumb.jpg";
    }

    public static String ocr(DossierCode code, int seq) {
        return page(code, seq) + "ocr.json";
    }

    private static String page(DossierCode code, int seq) {
        return ROOT + code.value() + "/pages/" + seq + "/";
    }
}
