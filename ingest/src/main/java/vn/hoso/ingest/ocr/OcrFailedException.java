package vn.hoso.ingest.ocr;

/** The engine could not recognise an image it was given; the page cannot be read automatically. */
public final class OcrFailedException extends RuntimeException {

    public OcrFailedException(String message) {
        super(message);
    }
}
