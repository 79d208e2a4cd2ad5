package vn.hoso.archive.search;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.hoso.archive.ArchiveApplication;

/**
 * The real archive service in its own JVM ({@code -Xmx1g}, as deployed), started on the benchmark's data folder,
 * and an HTTP client signed in to it as an officer the way the search UI is (form login, then the session cookie),
 * so every measured request goes through Tomcat, Spring Security, the controller and JSON.
 */
final class SearchBenchmarkService implements AutoCloseable {

    static final String OFFICER = "bench-officer";
    private static final Pattern PORT = Pattern.compile("started on port (\\d+)");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final String READY = "index reconciled with storage";

    private final Process process;
    private final Path log;
    private final HttpClient http;
    private final long startNanos;
    private long startupMillis;
    private int port;

    private final CookieManager cookies = new CookieManager();

    private SearchBenchmarkService(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Starts the service on {@code dataDir} and waits until it answers with its index reconciled. */
    static SearchBenchmarkService start(Path dataDir, String clearance) throws IOException, InterruptedException {
        String password = Long.toHexString(System.nanoTime());
        Path users = dataDir.resolve("bench-users.yml");
        Files.writeString(users, """
                users:
                  - username: %s
                    password: "{bcrypt}%s"
                    roles: [OFFICER]
                    clearance: %s
                """.formatted(OFFICER, new BCryptPasswordEncoder(4).encode(password), clearance));
        Path log = dataDir.resolve("service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                ArchiveApplication.class.getName(),
                "--server.port=0",
                "--hoso.data-dir=" + dataDir,
                "--hoso.security.users-file=" + users,
                "--hoso.ingest.workers=1"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        long start = System.nanoTime();
        SearchBenchmarkService service = new SearchBenchmarkService(builder.start(), log, start);
        service.awaitReady(Duration.ofMinutes(10));
        service.signIn(password);
        return service;
    }

    /** Milliseconds from process start until the service answered with its index reconciled. */
    long startupMillis() {
        return startupMillis;
    }

    /** One search as the UI sends it; fails unless the service answers 200 with a result list. */
    void search(String queryString) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/search?" + queryString)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().startsWith("{\"total\":")) {
            throw new IllegalStateException("search " + queryString + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** The service's heap in use right after a full GC, from the JVM's own tool ({@code jcmd}). */
    long heapUsedAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info did not report the heap in use");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process jcmd = new ProcessBuilder(tool.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            Matcher matcher = PORT.matcher(output);
            if (matcher.find() && output.contains(READY)) {
                port = Integer.parseInt(matcher.group(1));
                startupMillis = (System.nanoTime() - startNanos) / 1_000_000;
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become ready within " + timeout + "; log: " + log);
    }

    /** As the login page does it: the page first, which sets the CSRF cookie, then the form with its token. */
    private void signIn(String password) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri("/login.html")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the login page set no XSRF-TOKEN cookie"));
        String form = "username=" + OFFICER + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + response.statusCode() + " → " + location);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The reconcile line the service logged at start-up, to show it kept the index as built. */
    String reconcileLine() throws IOException {
        return Files.readString(log)
                .lines()
                .filter(line -> line.contains(READY))
                .findFirst()
                .orElse("")
                .replaceAll("^.*?(index reconciled)", "$1");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
