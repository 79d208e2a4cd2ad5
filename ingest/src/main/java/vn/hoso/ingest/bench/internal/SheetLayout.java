package vn.hoso.ingest.bench.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of a form goes on an A4 sheet, and the ground truth that follows from it: reading
 * order (side-by-side blocks one after the other) and visual order (side-by-side lines joined). Line
 * spacing, then type size, shrink until the form fits between the margins.
 */
final class SheetLayout {

    private static final double MM_PER_INCH = 25.4;
    private static final double HEADER_SPLIT = 0.42;
    private static final double TAB_STOP = 0.55;

    /** Something to draw. */
    sealed interface Mark permits Text, Rule, SignatureSpace {}

    /** @param baseline y of the baseline, in pixels */
    record Text(String text, Font font, float x, float baseline) implements Mark {}

    /** An underline from {@code x1} to {@code x2} at {@code y}. */
    record Rule(float x1, float x2, float y) implements Mark {}

    /** Blank room above a signer's name, centred on {@code centre}. */
    record SignatureSpace(float centre, float top, float bottom) implements Mark {}

    /**
     * @param width page width in pixels
     * @param height page height in pixels
     * @param pointSize the body type size after any shrinking
     */
    record Sheet(int width, int height, List<Mark> marks, List<String> truth, List<String> visual, double pointSize) {}

    private final Typeface face;
    private final int dpi;
    private final int width;
    private final int height;
    private final float left;
    private final float textWidth;
    /** Antialiased with fractional metrics, as {@link SheetPainter} draws. */
    static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);

    private double pixelsPerPoint;
    private double pitch;
    private float y;
    private List<Mark> marks;
    private List<String> truth;
    private List<String> visual;

    SheetLayout(Typeface face, int dpi) {
        this.face = face;
        this.dpi = dpi;
        this.width = (int) Math.round(210 / MM_PER_INCH * dpi);
        this.height = (int) Math.round(297 / MM_PER_INCH * dpi);
        this.left = millimetres(30);
        this.textWidth = width - left - millimetres(18);
    }

    Sheet layOut(List<Row> rows, double pointSize) {
        double size = pointSize;
        double spacing = 1.5;
        for (int attempt = 0; ; attempt++) {
            place(rows, size, spacing);
            if (y <= height - millimetres(15) || attempt == 12) {
                return new Sheet(width, height, marks, truth, visual, size);
            }
            if (spacing > 1.25) {
                spacing -= 0.05;
            } else {
                size *= 0.95;
            }
        }
    }

    private void place(List<Row> rows, double pointSize, double spacing) {
        pixelsPerPoint = dpi / 72.0;
        pitch = pointSize * pixelsPerPoint * spacing;
        y = millimetres(18);
        marks = new ArrayList<>();
        truth = new ArrayList<>();
        visual = new ArrayList<>();
        List<Row.Columns> columns = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Row.Columns column) {
                columns.add(column);
                continue;
            }
            if (!columns.isEmpty()) {
                placeColumns(columns, pointSize);
                columns.clear();
            }
            switch (row) {
                case Row.Line line -> placeLine(line, pointSize);
                case Row.Paragraph paragraph ->
                    placeParagraph(paragraph, pointSize, paragraph.indent() ? Row.Align.LEFT : Row.Align.CENTER);
                case Row.Tabbed tabbed -> placeTabbed(tabbed, pointSize);
                case Row.Gap gap -> y += (float) (gap.lines() * pitch);
                case Row.Columns column -> throw new IllegalStateException("handled above");
            }
        }
        if (!columns.isEmpty()) {
            placeColumns(columns, pointSize);
        }
    }

    private void placeLine(Row.Line line, double pointSize) {
        if (line.align() == Row.Align.LEFT && width(line.text(), font(line.style(), pointSize)) > textWidth) {
            placeParagraph(new Row.Paragraph(line.text(), false), pointSize, Row.Align.LEFT);
            return;
        }
        boolean title = line.style() == Row.Style.TITLE;
        if (title) {
            y += (float) (pitch * 0.3);
        }
        Font font = fitted(line.text(), font(line.style(), pointSize), textWidth);
        float x = line.align() == Row.Align.CENTER ? left + (textWidth - width(line.text(), font)) / 2 : left;
        y += (float) (title ? pitch * 1.3 : pitch);
        marks.add(new Text(line.text(), font, x, y));
        truth.add(line.text());
        visual.add(line.text());
    }

    /** A field too long for one line continues flush left on the next, as a typist would break it. */
    private void placeParagraph(Row.Paragraph paragraph, double pointSize, Row.Align align) {
        Font font = font(Row.Style.REGULAR, pointSize);
        float indent = paragraph.indent() ? millimetres(10) : 0;
        List<String> lines = wrapped(paragraph.text(), font, textWidth - indent);
        for (int i = 0; i < lines.size(); i++) {
            y += (float) pitch;
            float x = align == Row.Align.LEFT
                    ? left + (i == 0 ? indent : 0)
                    : left + (textWidth - width(lines.get(i), font)) / 2;
            marks.add(new Text(lines.get(i), font, x, y));
            truth.add(lines.get(i));
            visual.add(lines.get(i));
        }
    }

    private void placeTabbed(Row.Tabbed tabbed, double pointSize) {
        Font font = fitted(tabbed.left() + "    " + tabbed.right(), font(Row.Style.REGULAR, pointSize), textWidth);
        float leftWidth = width(tabbed.left() + "    ", font);
        float stop = Math.max(left + (float) (textWidth * TAB_STOP), left + leftWidth);
        y += (float) pitch;
        marks.add(new Text(tabbed.left(), font, left, y));
        marks.add(new Text(tabbed.right(), font, stop, y));
        truth.add(tabbed.left() + " " + tabbed.right());
        visual.add(tabbed.left() + " " + tabbed.right());
    }

    /** Two blocks side by side; in reading order the left block comes first. */
    private void placeColumns(List<Row.Columns> rows, double pointSize) {
        boolean header = rows.getFirst().header();
        float split = left + (float) (textWidth * HEADER_SPLIT);
        float rightWidth = left + textWidth - split;
        float rowPitch = (float) (header ? pitch * 0.85 : pitch * 0.95);
        List<String> leftBlock = new ArrayList<>();
        List<String> rightBlock = new ArrayList<>();
        float signatureTop = -1;
        for (Row.Columns row : rows) {
            y += rowPitch;
            if (!row.left().isEmpty()) {
                Font font = fitted(row.left(), font(row.leftStyle(), pointSize * (header ? 0.95 : 1)), split - left);
                float x = header ? left + (split - left - width(row.left(), font)) / 2 - millimetres(4) : left;
                marks.add(new Text(row.left(), font, Math.max(0, x), y));
                leftBlock.add(row.left());
            }
            if (row.right().isEmpty()) {
                signatureTop = signatureTop < 0 ? y - rowPitch : signatureTop;
            } else {
                Font font = fitted(row.right(), font(row.rightStyle(), pointSize * (header ? 0.95 : 1)), rightWidth);
                marks.add(new Text(row.right(), font, split + (rightWidth - width(row.right(), font)) / 2, y));
                rightBlock.add(row.right());
                if (signatureTop >= 0) {
                    marks.add(new SignatureSpace(split + rightWidth / 2, signatureTop, y - rowPitch * 0.8f));
                    signatureTop = -1;
                }
            }
            String joined = (row.left() + " " + row.right()).strip();
            if (!joined.isEmpty()) {
                visual.add(joined);
            }
        }
        if (header) {
            underline(split, rightWidth);
        }
        truth.addAll(leftBlock);
        truth.addAll(rightBlock);
    }

    /** A short rule under the motto, as the form requires. */
    private void underline(float split, float rightWidth) {
        for (Mark mark : List.copyOf(marks)) {
            if (mark instanceof Text text && text.text().startsWith("Độc lập")) {
                float lineWidth = width(text.text(), text.font());
                float rule = text.baseline() + text.font().getSize2D() * 0.25f;
                marks.add(new Rule(split + (rightWidth - lineWidth) / 2, split + (rightWidth + lineWidth) / 2, rule));
            }
        }
    }

    private List<String> wrapped(String text, Font font, float firstWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = firstWidth;
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, font) > available) {
                lines.add(line.toString());
                line = new StringBuilder(word);
                available = textWidth;
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private Font font(Row.Style style, double pointSize) {
        double scale =
                switch (style) {
                    case TITLE -> 1.3;
                    case SMALL, SMALL_BOLD -> 0.85;
                    default -> 1;
                };
        return face.font(style, (float) (pointSize * scale * pixelsPerPoint));
    }

    /** {@code font}, made smaller when {@code text} would not fit in {@code room}. */
    private Font fitted(String text, Font font, float room) {
        float width = width(text, font);
        return width <= room ? font : font.deriveFont(font.getSize2D() * room / width * 0.98f);
    }

    private static float width(String text, Font font) {
        return (float) font.getStringBounds(text, RENDERING).getWidth();
    }

    private float millimetres(double mm) {
        return (float) (mm / MM_PER_INCH * dpi);
    }
}
