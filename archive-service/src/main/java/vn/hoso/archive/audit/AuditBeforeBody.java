package vn.hoso.archive.audit;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes a request's audit record after its handler (or exception handler) has decided the answer and before the
 * first byte of the body goes out; a record that cannot be written fails the request. See {@link RequestAuditor}.
 */
@ControllerAdvice
class AuditBeforeBody implements ResponseBodyAdvice<Object> {

    private final RequestAuditor auditor;

    AuditBeforeBody(RequestAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servletRequest
                && response instanceof ServletServerHttpResponse servletResponse) {
            auditor.recordBeforeBody(servletRequest.getServletRequest(), servletResponse.getServletResponse(), body);
        }
        return body;
    }
}
