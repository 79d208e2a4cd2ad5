package vn.hoso.ingest.decode.internal;

/** Turns a decoder's exception into the tail of a reason shown to a clerk. */
public final class Reasons {

    private Reasons() {}

    public static String of(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
