package vn.hoso.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Master-key keystores for the encryption tests, made the way docs/SECURITY-STORAGE.md tells an operator to: with
 * the JDK's own {@code keytool -genseckey}, so the documented command is exercised too.
 */
public final class TestKeystore {

    public static final String PASSWORD = "test-keystore-password";

    private TestKeystore() {}

    /** A new PKCS12 keystore at {@code file} holding one fresh AES-256 key under each alias. */
    public static Path create(Path file, String... aliases) {
        for (String alias : aliases) {
            keytool(file, alias);
        }
        return file;
    }

    private static void keytool(Path file, String alias) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(
                keytool.toString(),
                "-genseckey",
                "-keyalg",
                "AES",
                "-keysize",
                "256",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-alias",
                alias,
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
