package vn.hoso.ingest.decode;

import java.util.Optional;

/** The file types the archive accepts as masters. */
public enum ImageFormat {
    TIFF("image/tiff", "tif"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type, as stored with the master. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension used for the stored master, without the dot. */
    public String extension() {
        return extension;
    }

    static Optional<ImageFormat> ofMediaType(String mediaType) {
        for (ImageFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
