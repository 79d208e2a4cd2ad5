package vn.hoso.archive.search;

/** The recognised text of one page; {@code seq} is the page's position in its dossier, as in storage. */
public record IndexedPage(int seq, String text) {

    public IndexedPage {
        text = text == null ? "" : text;
    }
}
