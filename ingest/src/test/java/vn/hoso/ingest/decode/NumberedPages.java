package vn.hoso.ingest.decode;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import vn.hoso.ingest.TestPages;

/**
 * Long multi-page TIFFs as a batch scanner writes them, each page carrying its own number twice: in
 * words for a person, and as a row of nine black-or-white squares (most significant bit first) that a
 * test reads back by pixels.
 */
final class NumberedPages {

    static final int WIDTH = 1000;
    static final int HEIGHT = 1400;

    private static final int BITS = 9;
    private static final int CELL = 60;
    private static final int CELL_PITCH = 100;
    private static final int CELL_TOP = 60;
    private static final int CELL_LEFT = 60;
    private static final Font FONT = TestPages.font();
    private static final BufferedImage TEXT = text();

    private NumberedPages() {}

    /** Writes pages 1..{@code pageCount} as grey LZW, one page in memory at a time. */
    static Path writeTiff(Path file, int pageCount) throws IOException {
        ImageWriter writer = twelveMonkeysTiffWriter();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (int number = 1; number <= pageCount; number++) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                writer.writeToSequence(new IIOImage(page(number), null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** The page numbered {@code number}, exactly as {@link #writeTiff} stores it. */
    static BufferedImage page(int number) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        image.setData(TEXT.getRaster());
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (int bit = 0; bit < BITS; bit++) {
                if ((number >> (BITS - 1 - bit) & 1) == 1) {
                    g.fillRect(CELL_LEFT + bit * CELL_PITCH, CELL_TOP, CELL, CELL);
                }
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT.deriveFont(72f));
            g.drawString("Trang " + number, CELL_LEFT, 260);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The lines of text every page carries below its number, so that pages compress like real ones. */
    private static BufferedImage text() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT.deriveFont(28f));
            for (int line = 0; line < 24; line++) {
                String text = TestPages.DECLARATION.get(line % TestPages.DECLARATION.size());
                g.drawString(text, CELL_LEFT, 360 + line * 42);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Reads back the number from the squares of a decoded page. */
    static int numberOn(BufferedImage page) {
        int number = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int x = CELL_LEFT + bit * CELL_PITCH + CELL / 2;
            int y = CELL_TOP + CELL / 2;
            boolean black = page.getRaster().getSample(x, y, 0) < 128;
            number = number << 1 | (black ? 1 : 0);
        }
        return number;
    }

    private static ImageWriter twelveMonkeysTiffWriter() {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return writer;
            }
        }
        throw new IllegalStateException("TwelveMonkeys TIFF writer not on the class path");
    }
}
