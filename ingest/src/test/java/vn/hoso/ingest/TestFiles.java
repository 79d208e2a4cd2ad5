package vn.hoso.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Files as uploads arrive: TIFF, PDF and deliberately broken ones, built byte by byte where needed. */
public final class TestFiles {

    private TestFiles() {}

    /**
     * A multi-page TIFF written by the TwelveMonkeys writer, one page per image, each with its own
     * compression: "LZW", "CCITT T.6" (Group 4, bilevel pages only), "JPEG", "None".
     */
    public static byte[] tiff(List<BufferedImage> pages, List<String> compressions) throws IOException {
        ImageWriter writer = twelveMonkeysTiffWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages.size(); i++) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compressions.get(i));
                writer.writeToSequence(new IIOImage(pages.get(i), null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] tiff(BufferedImage page, String compression) throws IOException {
        return tiff(List.of(page), List.of(compression));
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

    /** An A4 PDF whose pages carry real (vector) text in DejaVu Serif, one list of lines per page. */
    public static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, TestPages.DEJAVU_SERIF);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(58, PDRectangle.A4.getHeight() - 72);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -36);
                    }
                    content.endText();
                }
            }
            return save(document);
        }
    }

    /** A PDF that opens only with the user password "mật khẩu". */
    public static byte[] passwordProtectedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "mật khẩu", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    public static byte[] pdfWithoutPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    /**
     * A PNG made by hand whose header claims {@code width × height} 8-bit grey pixels, with valid chunk
     * checksums, a token data chunk and an end chunk: a decompression bomb's calling card.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        byte[] tokenData = {0x78, (byte) 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01};
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", header.array()));
        png.writeBytes(chunk("IDAT", tokenData));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /**
     * An LZW TIFF from the TwelveMonkeys writer (pixel data first, directory last) with the second half
     * of its pixel data overwritten by noise: header and directory intact, data undecodable.
     */
    public static byte[] withGarbledImageData(byte[] lzwTiff) {
        byte[] garbled = lzwTiff.clone();
        int directory = ByteBuffer.wrap(garbled, 4, 4).getInt();
        if (garbled[0] != 'M' || directory <= 8) {
            throw new IllegalArgumentException("expected a big-endian TIFF with its directory after the data");
        }
        Random noise = new Random(1);
        for (int i = 8 + (directory - 8) / 2; i < directory - 4; i++) {
            garbled[i] = (byte) noise.nextInt(256);
        }
        return garbled;
    }

    /** The first {@code fraction} of the file, as a transfer cut short leaves it. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /**
     * {@code jpeg} with an EXIF APP1 segment carrying only the orientation tag, inserted after SOI, as a
     * phone camera writes it for a photo taken held sideways.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        exif.putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(exif.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
