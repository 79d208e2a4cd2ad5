package vn.hoso.archive.api;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row of {@link AuthorizationMatrixTest#RULES}: the status each caller gets and how to call the endpoint (query,
 * JSON body or upload). Path variables {@code {code}} and {@code {seq}} become the target dossier and its first page;
 * {@code {self}} in the query becomes the caller's user name. Rows are built fluently and immutably:
 * {@code readers(200).query("q=x").reveals()}.
 */
record MatrixRule(AuthorizationMatrixTest.Expect expect, String query, boolean reveals, Supplier<String> json,
        boolean upload) {

    MatrixRule(AuthorizationMatrixTest.Expect expect) {
        this(expect, "", false, null, false);
    }

    /** Query parameters as {@code name=value&…}, values unencoded. */
    MatrixRule query(String parameters) {
        return new MatrixRule(expect, parameters, reveals, json, upload);
    }

    /** A caller who may see the target must find its subject's name in the body. */
    MatrixRule reveals() {
        return new MatrixRule(expect, query, true, json, upload);
    }

    MatrixRule json(Supplier<String> body) {
        return new MatrixRule(expect, query, reveals, body, upload);
    }

    /** A multipart upload of one small scanned page. */
    MatrixRule upload() {
        return new MatrixRule(expect, query, reveals, json, true);
    }

    String path(String pattern, MatrixUser user) {
        String path = pattern.replace("{code}", AuthorizationMatrixTest.TARGET).replace("{seq}", "1");
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + Stream.of(query.split("&")).map(parameter -> {
            int equals = parameter.indexOf('=');
            String value = parameter.substring(equals + 1).replace("{self}", user.name());
            return parameter.substring(0, equals + 1) + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
    }

    HttpResponse<byte[]> send(String method, String path, ApiClient client) {
        if (upload) {
            return client.upload(path, List.of(new ApiClient.Part("trang.png", "image/png",
                    ArchiveApiTest.pageOf(AuthorizationMatrixTest.NAME))));
        }
        return method.equals("GET") ? client.get(path) : client.call(method, path, json == null ? null : json.get());
    }
}
