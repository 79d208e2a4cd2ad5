package vn.hoso.archive.api;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row of {@link AuthorizationMatrixTest#RULES}: the status each caller gets and how to call the endpoint (query,
 * JSON body or upload). Path variables {@code {code}} and {@code {seq}} become the target dossier and its first page;
 * {@code {self}} in the query becomes the caller's user name. Rows are built fluently and immutably:
 * {@code readers(200).query("q=x").reveals()}.
 */
record MatrixRule(
        AuthorizationMatrixTest.Expect expect,
        String query,
        boolean showsTarget,
        Supplier<String> json,
        boolean uploads,
        Map<String, String> variables) {

    MatrixRule(AuthorizationMatrixTest.Expect expect) {
        this(expect, "", false, null, false, Map.of());
    }

    /** Query parameters as {@code name=value&…}, values unencoded. */
    MatrixRule query(String parameters) {
        return new MatrixRule(expect, parameters, showsTarget, json, uploads, variables);
    }

    /** A caller who may see the target must find its subject's name in the body. */
    MatrixRule reveals() {
        return new MatrixRule(expect, query, true, json, uploads, variables);
    }

    MatrixRule json(Supplier<String> body) {
        return new MatrixRule(expect, query, showsTarget, body, uploads, variables);
    }

    /** A multipart upload of one small scanned page. */
    MatrixRule upload() {
        return new MatrixRule(expect, query, showsTarget, json, true, variables);
    }

    /**
     * A value for a path variable other than the target's {@code {code}} and {@code {seq}}, or instead of them: a
     * page that does not exist lets a row exercise a state-changing endpoint without changing the shared target.
     */
    MatrixRule with(String variable, String value) {
        Map<String, String> more = new HashMap<>(variables);
        more.put(variable, value);
        return new MatrixRule(expect, query, showsTarget, json, uploads, Map.copyOf(more));
    }

    String path(String pattern, MatrixUser user) {
        String path = pattern;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        path = path.replace("{code}", AuthorizationMatrixTest.TARGET).replace("{seq}", "1");
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + Stream.of(query.split("&"))
                        .map(parameter -> {
                            int equals = parameter.indexOf('=');
                            String value = parameter.substring(equals + 1).replace("{self}", user.name());
                            return parameter.substring(0, equals + 1)
                                    + URLEncoder.encode(value, StandardCharsets.UTF_8);
                        })
                        .collect(Collectors.joining("&"));
    }

    HttpResponse<byte[]> send(String method, String path, ApiClient client) {
        if (uploads) {
            return client.upload(
                    path,
                    List.of(new ApiClient.Part(
                            "trang.png", "image/png", ArchiveApiTest.pageOf(AuthorizationMatrixTest.NAME))));
        }
        return method.equals("GET") ? client.get(path) : client.call(method, path, json == null ? null : json.get());
    }
}
