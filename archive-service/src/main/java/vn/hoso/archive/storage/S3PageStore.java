package vn.hoso.archive.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link PageStore} in one bucket of an S3-compatible server (MinIO, Ceph RGW, SeaweedFS, Garage, AWS S3), spoken
 * to through the MinIO Java client. The object key is the store key, unchanged, so the bucket reads like the folder
 * store.
 *
 * <p>Atomicity is S3's own: a PUT (or a completed multipart upload) replaces the object as a whole. Listing relies on
 * S3 returning keys in UTF-8 binary order, which for the ASCII-only keys {@link StorageKeys} admits is
 * {@link String#compareTo} order, and so is streamed page by page rather than collected.
 *
 * <p>The client holds an HTTP connection pool and dispatcher threads: {@link #close} it, or the JVM lingers about a
 * minute after everything else has stopped.
 */
final class S3PageStore implements PageStore, AutoCloseable {

    private static final String NO_SUCH_KEY = "NoSuchKey";
    private static final String BUCKET_ALREADY_OWNED = "BucketAlreadyOwnedByYou";
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final MinioClient client;
    private final URI endpoint;
    private final String bucket;

    /**
     * Connects to {@code endpoint} and creates {@code bucket} when it does not exist yet. Throws
     * {@link StorageException} when the server cannot be reached, refuses the credentials or cannot create the bucket.
     */
    S3PageStore(URI endpoint, String accessKey, String secretKey, String bucket) {
        this(
                MinioClient.builder()
                        .endpoint(endpoint.toString())
                        .credentials(accessKey, secretKey)
                        .build(),
                endpoint,
                bucket);
    }

    /**
     * Takes ownership of a client already pointed at {@code endpoint}, e.g. one sharing an HTTP client with others:
     * building a default MinIO client parses every certificate named by {@code SSL_CERT_FILE} and
     * {@code SSL_CERT_DIR}, which costs about a second each time.
     */
    S3PageStore(MinioClient client, URI endpoint, String bucket) {
        this.client = client;
        this.endpoint = endpoint;
        this.bucket = bucket;
        try {
            createBucketWhenMissing();
        } catch (RuntimeException e) {
            closeAfterFailure(e);
            throw e;
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        StorageKeys.requireValidKey(key);
        call(
                "cannot write object",
                key,
                () -> client.putObject(PutObjectArgs.builder()
                        .bucket(bucket)
                        .object(key)
                        .data(bytes, bytes.length)
                        .contentType(contentType == null ? DEFAULT_CONTENT_TYPE : contentType)
                        .build()));
    }

    @Override
    public byte[] get(String key) {
        StorageKeys.requireValidKey(key);
        return call("cannot read object", key, () -> {
            try (GetObjectResponse body = client.getObject(objectArgs(GetObjectArgs.builder(), key))) {
                return body.readAllBytes();
            }
        });
    }

    /** The response body itself: bytes arrive as the caller reads, so a large master never sits in memory. */
    @Override
    public void put(String key, Path source, String contentType) {
        StorageKeys.requireValidKey(key);
        call(
                "cannot write object",
                key,
                () -> client.uploadObject(UploadObjectArgs.builder()
                        .bucket(bucket)
                        .object(key)
                        .filename(source.toString())
                        .contentType(contentType == null ? DEFAULT_CONTENT_TYPE : contentType)
                        .build()));
    }

    @Override
    public InputStream open(String key) {
        StorageKeys.requireValidKey(key);
        return call("cannot open object", key, () -> client.getObject(objectArgs(GetObjectArgs.builder(), key)));
    }

    @Override
    public boolean exists(String key) {
        StorageKeys.requireValidKey(key);
        try {
            call("cannot check object", key, () -> client.statObject(objectArgs(StatObjectArgs.builder(), key)));
            return true;
        } catch (ObjectMissingException missing) {
            return false;
        }
    }

    /** S3 answers a delete of a missing key with success, which is the contract. */
    @Override
    public void delete(String key) {
        StorageKeys.requireValidKey(key);
        call("cannot delete object", key, () -> {
            client.removeObject(objectArgs(RemoveObjectArgs.builder(), key));
            return null;
        });
    }

    /** Lazy: a failure on a later page surfaces as {@link StorageException} while the caller consumes the stream. */
    @Override
    public Stream<String> list(String prefix) {
        StorageKeys.requireValidPrefix(prefix);
        Iterable<Result<Item>> pages = client.listObjects(ListObjectsArgs.builder()
                .bucket(bucket)
                .prefix(prefix)
                .recursive(true)
                .build());
        return StreamSupport.stream(pages.spliterator(), false)
                .map(result -> call("cannot list objects under prefix", prefix, () -> result.get()
                        .objectName()));
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new StorageException("cannot close S3 client for " + location(), e);
        }
    }

    @Override
    public String toString() {
        return "S3PageStore[" + location() + "]";
    }

    private void createBucketWhenMissing() {
        String what = "bucket " + bucket;
        boolean present = call(
                "cannot check",
                what,
                () -> client.bucketExists(
                        BucketExistsArgs.builder().bucket(bucket).build()));
        if (present) {
            return;
        }
        call("cannot create", what, () -> {
            try {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            } catch (MinioException e) {
                if (!BUCKET_ALREADY_OWNED.equals(errorCode(e))) {
                    throw e;
                }
            }
            return null;
        });
    }

    private <B extends ObjectArgs.Builder<B, A>, A extends ObjectArgs> A objectArgs(B builder, String key) {
        return builder.bucket(bucket).object(key).build();
    }

    /** Maps every client failure: "NoSuchKey" to {@link ObjectMissingException}, the rest to a StorageException. */
    private <T> T call(String failure, String key, S3Call<T> action) {
        try {
            return action.run();
        } catch (MinioException | IOException | IllegalStateException e) {
            if (NO_SUCH_KEY.equals(errorCode(e))) {
                throw new ObjectMissingException(key);
            }
            throw new StorageException(failure + " " + key + " in " + location() + ": " + e.getMessage(), e);
        }
    }

    /** The S3 error code, wherever the client nested the server's answer; null for failures without one. */
    private static String errorCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException response && response.errorResponse() != null) {
                return response.errorResponse().code();
            }
        }
        return null;
    }

    private String location() {
        return "s3 bucket " + bucket + " at " + endpoint;
    }

    private void closeAfterFailure(RuntimeException failure) {
        try {
            client.close();
        } catch (Exception closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws MinioException, IOException;
    }
}
