package vn.hoso.archive;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import vn.hoso.archive.access.ProblemTypes;
import vn.hoso.archive.access.UnknownUserException;
import vn.hoso.archive.dossier.ClassificationAboveClearanceException;
import vn.hoso.archive.dossier.DossierExistsException;
import vn.hoso.archive.dossier.DossierNotFoundException;
import vn.hoso.archive.dossier.InvalidFieldException;
import vn.hoso.archive.dossier.OutsideJurisdictionException;
import vn.hoso.archive.dossier.PageNotFoundException;
import vn.hoso.archive.dossier.WorkflowRefusedException;
import vn.hoso.archive.integrity.FixityReportNotFoundException;
import vn.hoso.archive.page.MasterIntegrityException;
import vn.hoso.archive.savedsearch.InvalidSavedSearchException;
import vn.hoso.archive.savedsearch.SavedSearchConflictException;
import vn.hoso.archive.savedsearch.SavedSearchNotFoundException;
import vn.hoso.archive.storage.StorageException;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * Maps the API's exceptions to RFC 9457 problems with stable types; the only place that does. Spring MVC's own
 * failures (405, 415, missing parameters) come through the base class as problems too.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(DossierNotFoundException.class)
    ProblemDetail notFound(DossierNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "dossier-not-found", "Không tìm thấy hồ sơ", e.getMessage());
    }

    @ExceptionHandler(PageNotFoundException.class)
    ProblemDetail pageNotFound(PageNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "page-not-found", "Không tìm thấy trang", e.getMessage());
    }

    @ExceptionHandler(DossierExistsException.class)
    ProblemDetail exists(DossierExistsException e) {
        return problem(HttpStatus.CONFLICT, "dossier-exists", "Mã hồ sơ đã tồn tại", e.getMessage());
    }

    @ExceptionHandler(ClassificationAboveClearanceException.class)
    ProblemDetail aboveClearance(ClassificationAboveClearanceException e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied", "Không có quyền", e.getMessage());
    }

    @ExceptionHandler(WorkflowRefusedException.class)
    ProblemDetail refused(WorkflowRefusedException e) {
        ProblemDetail problem = problem(
                HttpStatus.valueOf(e.refusal().status()),
                e.refusal().slug(),
                e.refusal().title(),
                e.getMessage());
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return invalid(e.getMessage(), List.of(e.field()));
    }

    @ExceptionHandler(SavedSearchNotFoundException.class)
    ProblemDetail savedSearchNotFound(SavedSearchNotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND, "saved-search-not-found", "Không tìm thấy tìm kiếm đã lưu", e.getMessage());
    }

    @ExceptionHandler(SavedSearchConflictException.class)
    ProblemDetail savedSearchConflict(SavedSearchConflictException e) {
        String title =
                switch (e.reason()) {
                    case LIMIT_REACHED -> "Đã đạt số tìm kiếm lưu tối đa";
                    case NAME_TAKEN -> "Tên tìm kiếm đã được dùng";
                };
        return problem(HttpStatus.CONFLICT, e.reason().slug(), title, e.getMessage());
    }

    @ExceptionHandler(InvalidSavedSearchException.class)
    ResponseEntity<Object> invalidSavedSearch(InvalidSavedSearchException e) {
        return invalid(e.getMessage(), List.of(e.field()));
    }

    @ExceptionHandler(UnknownUserException.class)
    ProblemDetail unknownUser(UnknownUserException e) {
        return problem(HttpStatus.NOT_FOUND, "user-not-found", "Không tìm thấy người dùng", e.getMessage());
    }

    @ExceptionHandler(OutsideJurisdictionException.class)
    ProblemDetail outsideJurisdiction(OutsideJurisdictionException e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied", "Ngoài địa bàn được giao", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField())
                .distinct()
                .sorted()
                .toList();
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return invalid(detail, fields);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JacksonException jackson
                ? jackson.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null
                                ? reference.getPropertyName()
                                : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "";
        return field.isEmpty()
                ? invalid("the body is not valid JSON for this request", List.of())
                : invalid(field + ": value not allowed here", List.of(field));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid("multipart field '" + e.getRequestPartName() + "' is required", List.of(e.getRequestPartName()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Tệp quá lớn", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> badArgument(IllegalArgumentException e) {
        return invalid(e.getMessage(), List.of());
    }

    @ExceptionHandler(MasterIntegrityException.class)
    ProblemDetail integrity(MasterIntegrityException e) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "master-integrity", "Bản gốc không toàn vẹn", e.getMessage());
    }

    @ExceptionHandler(StorageIntegrityException.class)
    ProblemDetail storageIntegrity(StorageIntegrityException e) {
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "storage-integrity",
                "Dữ liệu lưu trữ không toàn vẹn",
                e.getMessage());
    }

    @ExceptionHandler(FixityReportNotFoundException.class)
    ProblemDetail noFixityReport(FixityReportNotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND, "fixity-report-not-found", "Chưa có báo cáo kiểm tra toàn vẹn", e.getMessage());
    }

    @ExceptionHandler(StorageException.class)
    ProblemDetail storage(StorageException e) {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Kho lưu trữ không phản hồi", e.getMessage());
    }

    private static ResponseEntity<Object> invalid(String detail, List<String> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Dữ liệu không hợp lệ", detail);
        if (!fields.isEmpty()) {
            problem.setProperty("fields", fields);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(title);
        return problem;
    }
}
