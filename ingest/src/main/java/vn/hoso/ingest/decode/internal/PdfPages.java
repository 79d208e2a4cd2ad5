package vn.hoso.ingest.decode.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.ImageFormat;
import vn.hoso.ingest.decode.Inspection;

/**
 * PDF through PDFBox, each page rasterised in grey at the profile's render resolution. A PDF that opens
 * with an empty user password (permissions only) is accepted; one that needs a password is not. The
 * parser reads the source by random access: the cross-reference table and the objects a page needs.
 */
public final class PdfPages {

    private static final float POINTS_PER_INCH = 72f;
    private static final String LOCKED = "PDF is password-protected";

    private final PageLimits limits;
    private final int renderDpi;

    public PdfPages(PageLimits limits, int renderDpi) {
        this.limits = limits;
        this.renderDpi = renderDpi;
    }

    public Inspection inspect(ByteSource source) {
        try (PDDocument document = Loader.loadPDF(new SourceRandomAccess(source))) {
            int count = document.getNumberOfPages();
            Optional<String> problem = limits.pageCountProblem(count);
            for (int i = 0; problem.isEmpty() && i < count; i++) {
                problem = pixelProblem(document, i, count);
            }
            return problem.<Inspection>map(Inspection.Unreadable::new)
                    .orElseGet(() -> new Inspection.Readable(ImageFormat.PDF, count));
        } catch (InvalidPasswordException e) {
            return new Inspection.Unreadable(LOCKED);
        } catch (IOException | RuntimeException e) {
            return new Inspection.Unreadable(damaged(e));
        }
    }

    public Decoded render(ByteSource source, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(new SourceRandomAccess(source))) {
            int count = document.getNumberOfPages();
            Optional<String> problem = count == 0
                    ? limits.pageCountProblem(count)
                    : limits.pageIndexProblem(pageIndex, count).or(() -> pixelProblem(document, pageIndex, count));
            if (problem.isPresent()) {
                return new Decoded.Failed(problem.get());
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, renderDpi, ImageType.GRAY);
            return new Decoded.Page(EightBitImages.normalise(image));
        } catch (InvalidPasswordException e) {
            return new Decoded.Failed(LOCKED);
        } catch (IOException | RuntimeException e) {
            return new Decoded.Failed(damaged(e));
        }
    }

    private Optional<String> pixelProblem(PDDocument document, int pageIndex, int count) {
        PDPage page = document.getPage(pageIndex);
        PDRectangle box = page.getCropBox();
        float scale = renderDpi / POINTS_PER_INCH;
        long width = (long) Math.ceil(box.getWidth() * scale);
        long height = (long) Math.ceil(box.getHeight() * scale);
        return limits.pixelProblem(pageIndex, count, width, height);
    }

    private static String damaged(Throwable e) {
        return "PDF is damaged and cannot be read: " + Reasons.of(e);
    }
}
