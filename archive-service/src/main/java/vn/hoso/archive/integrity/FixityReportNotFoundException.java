package vn.hoso.archive.integrity;

/** No fixity run has finished yet, so there is no report to show. */
public class FixityReportNotFoundException extends RuntimeException {
    public FixityReportNotFoundException(String message) {
        super(message);
    }
}
