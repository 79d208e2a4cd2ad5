package vn.hoso.archive.storage;

import java.net.URI;
import java.nio.file.Path;

/** Real adapters for tests of features above storage, whose constructors are private to this package. */
public final class TestStores {

    private TestStores() {}

    /** The embedded folder store over {@code root}; a second call on the same folder sees the same objects. */
    public static PageStore folder(Path root) {
        return new FileSystemPageStore(root);
    }

    /** The S3 store on {@code bucket} (created if missing); it is {@link AutoCloseable}: close it when done. */
    public static PageStore s3(URI endpoint, String accessKey, String secretKey, String bucket) {
        return new S3PageStore(endpoint, accessKey, secretKey, bucket);
    }
}
