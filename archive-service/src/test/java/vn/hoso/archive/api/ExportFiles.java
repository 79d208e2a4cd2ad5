package vn.hoso.archive.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads exported files back the way a spreadsheet would, independently of the code that wrote them: an RFC 4180
 * parser for CSV, and the worksheet XML straight out of the XLSX zip.
 */
final class ExportFiles {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExportFiles() {}

    /** The records of a UTF-8 CSV with a byte order mark and CRLF line ends; fails on anything else. */
    static List<List<String>> csv(byte[] body) {
        if (!Arrays.equals(Arrays.copyOf(body, 3), UTF8_BOM)) {
            throw new AssertionError("CSV does not start with a UTF-8 byte order mark");
        }
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new AssertionError("a bare line break outside quotes at character " + i);
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }

    /**
     * The cells of the first worksheet, row by row, as text (numbers as written), empty cells as "". Read through the
     * zip's central directory, as spreadsheet programs do (a streamed zip's local headers carry no sizes).
     */
    static List<List<String>> xlsx(byte[] body) {
        return withZip(body, zip -> {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new AssertionError("no xl/worksheets/sheet1.xml in the workbook");
            }
            try (InputStream xml = zip.getInputStream(sheet)) {
                return sheetRows(xml);
            }
        });
    }

    /**
     * Every entry of the workbook as text, character references decoded (the writer escapes every non-ASCII letter,
     * so "Mười" is stored as {@code M&#x1b0;&#x1edd;i}), to look for a word anywhere in it.
     */
    static String xlsxText(byte[] body) {
        return withZip(body, zip -> {
            StringBuilder all = new StringBuilder();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return decodeCharacterReferences(all.toString());
        });
    }

    private static String decodeCharacterReferences(String xml) {
        return Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(reference -> Matcher.quoteReplacement(Character.toString(
                        Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16))));
    }

    private interface ZipReading<T> {
        T from(ZipFile zip) throws IOException;
    }

    private static <T> T withZip(byte[] body, ZipReading<T> reading) {
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    return reading.from(zip);
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> sheetRows(InputStream xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.readAllBytes()));
            NodeList rows = document.getElementsByTagNameNS("*", "row");
            List<List<String>> result = new ArrayList<>();
            for (int r = 0; r < rows.getLength(); r++) {
                result.add(cells((Element) rows.item(r)));
            }
            return result;
        } catch (Exception e) {
            throw new AssertionError("unreadable worksheet XML", e);
        }
    }

    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        NodeList cs = row.getElementsByTagNameNS("*", "c");
        for (int i = 0; i < cs.getLength(); i++) {
            Element cell = (Element) cs.item(i);
            int column = column(cell.getAttribute("r"));
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(cell.getTextContent());
        }
        return cells;
    }

    /** "C7" → 2. */
    private static int column(String reference) {
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (Character.isLetter(c)) {
                column = column * 26 + (c - 'A' + 1);
            }
        }
        return column - 1;
    }
}
