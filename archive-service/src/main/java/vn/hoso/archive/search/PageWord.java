package vn.hoso.archive.search;

import java.util.Objects;

/**
 * One recognised word of a page and its box, in the pixel space of the image it was recognised on (the caller's
 * space; the index never looks at the numbers).
 */
public record PageWord(String text, int x, int y, int width, int height) {

    public PageWord {
        Objects.requireNonNull(text, "text");
    }
}
