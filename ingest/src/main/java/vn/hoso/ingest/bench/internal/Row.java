package vn.hoso.ingest.bench.internal;

import java.util.Objects;

/**
 * One row of a form as it is laid out. Consecutive {@link Columns} rows make two blocks side by side (the
 * agency and the national motto at the top, the recipients and the signature at the bottom): their ground
 * truth reads the left block, then the right one, as {@code shared/samples} does.
 */
sealed interface Row permits Row.Line, Row.Paragraph, Row.Tabbed, Row.Columns, Row.Gap {

    enum Align {
        LEFT,
        CENTER
    }

    enum Style {
        REGULAR,
        BOLD,
        ITALIC,
        TITLE,
        SMALL,
        SMALL_BOLD
    }

    /** One line that is never wrapped. */
    record Line(String text, Align align, Style style) implements Row {
        public Line {
            Objects.requireNonNull(text, "text");
        }

        static Line left(String text) {
            return new Line(text, Align.LEFT, Style.REGULAR);
        }

        static Line centered(String text, Style style) {
            return new Line(text, Align.CENTER, style);
        }
    }

    /** Running text wrapped to the text width; the first line indented when {@code indent}. */
    record Paragraph(String text, boolean indent) implements Row {}

    /** Two fields on one line, the second at a tab stop: one line of ground truth. */
    record Tabbed(String left, String right) implements Row {}

    /**
     * @param header true at the top of the page: the left block is centred in the left part; at the bottom
     *     it is flush left and small (the recipients)
     */
    record Columns(String left, String right, Style leftStyle, Style rightStyle, boolean header) implements Row {}

    /** Vertical space, in lines. */
    record Gap(double lines) implements Row {}
}
