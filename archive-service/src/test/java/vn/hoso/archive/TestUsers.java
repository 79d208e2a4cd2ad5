package vn.hoso.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users and data folder of the HTTP tests: one user per role and clearance that the tests need, written as a
 * real users file so the identity store is exercised as deployed.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-password";

    private TestUsers() {}

    public static Path file(Path folder) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        String yaml = """
                users:
                  - username: clerk
                    password: "%1$s"
                    roles: [CLERK]
                    clearance: SECRET
                  - username: clerk2
                    password: "%1$s"
                    roles: [CLERK]
                    clearance: CONFIDENTIAL
                  - username: officer
                    password: "%1$s"
                    roles: [OFFICER]
                    clearance: UNCLASSIFIED
                  - username: cleared-officer
                    password: "%1$s"
                    roles: [OFFICER]
                    clearance: CONFIDENTIAL
                  - username: auditor
                    password: "%1$s"
                    roles: [AUDITOR]
                    clearance: TOP_SECRET
                  - username: admin
                    password: "%1$s"
                    roles: [ADMIN]
                    clearance: UNCLASSIFIED
                """.formatted(hash);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("users.yml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
