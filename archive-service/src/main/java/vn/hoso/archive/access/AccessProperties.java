package vn.hoso.archive.access;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Identity settings.
 *
 * @param usersFile the embedded identity store: a YAML file of users with bcrypt passwords, roles and clearance;
 *     optional only in demo mode
 */
@Validated
@ConfigurationProperties("hoso.security")
public record AccessProperties(Path usersFile) {}
