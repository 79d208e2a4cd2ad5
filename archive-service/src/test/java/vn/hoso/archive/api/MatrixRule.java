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
record MatrixRule(AuthorizationMatrixTest.Expect expect, String query, boolean showsTarget, Supplier<String> json,
        boolean uploads) {

    MatrixRule(AuthorizationMatrixTest.Expect expect) {
        this(expect, "", false, null, false);
    }

    /** Query parameters as {@code name=value&…}, values unencoded. */
    MatrixRule query(String parameters) {
        return new MatrixRule(expect, parameters, showsTarget, json, uploads);
    }

    /** A caller who may see the target must find its subject's name in the body. */
    MatrixRule reveals() {
        return new MatrixRule(expect, query, true, json, uploads);
    }

    MatrixRule json(Supplier<String> body) {
        return new MatrixRule(expect, query, showsTarget, body, uploads);
    }

    /** A multipart upload of one small scanned page. */
    MatrixRule upload() {
        return new MatrixRule(expect, query, showsTarget, json, true);
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
        if (uploads) {
            return client.upload(path, List.of(new ApiClient.Part("trang.png", "image/png",
                    ArchiveApiTest.pageOf(AuthorizationMatrixTest.NAME))));
        }
        return method.equals("GET") ? client.get(path) : client.call(method, path, json == null ? null : json.get());
    }
}
