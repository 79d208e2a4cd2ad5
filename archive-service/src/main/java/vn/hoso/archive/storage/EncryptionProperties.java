package vn.hoso.archive.storage;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Encryption at rest ({@code hoso.encryption.*}), for either storage adapter. Create a keystore with
 * {@code keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12 -keystore hoso-keys.p12 -alias master-2026}.
 *
 * @param enabled whether objects under {@code prefixes} are stored encrypted. Default {@code false}. Turn it on for
 *     a new store: objects stored in plain before it was on are refused once it is.
 * @param keystore the PKCS12 keystore holding the AES-256 master keys; keep it off the storage's disks and back it
 *     up apart, since nothing can be read without it. Required when enabled.
 * @param password the keystore's password, also that of its key entries (as {@code keytool} makes them); never
 *     logged. Required when enabled.
 * @param alias the keystore alias of the master key that wraps the data keys of new objects; older aliases in the
 *     same keystore keep reading the objects they wrapped. Only letters, digits and {@code . _ -}. Required when
 *     enabled.
 * @param prefixes storage key prefixes whose objects are encrypted. Default {@code dossiers/}: every master,
 *     derivative, OCR text and manifest, whatever the dossier's level.
 */
@ConfigurationProperties("hoso.encryption")
@Validated
record EncryptionProperties(
        boolean enabled,
        Path keystore,
        String password,
        String alias,
        @NotEmpty @DefaultValue("dossiers/") List<String> prefixes) {

    /** Masks the password: settings records end up in start-up logs and failure reports. */
    @Override
    public String toString() {
        return "EncryptionProperties[enabled=" + enabled + ", keystore=" + keystore + ", password="
                + (password == null ? null : "******") + ", alias=" + alias + ", prefixes=" + prefixes + "]";
    }

    /** Fails start-up, rather than the first write, when encryption is asked for without its key. */
    @AssertTrue(
            message = "hoso.encryption.keystore, password and alias (letters, digits, . _ -) are required when"
                    + " hoso.encryption.enabled is true, and the keystore must be a readable file")
    boolean isKeySettingsCompleteWhenEnabled() {
        return !enabled
                || (keystore != null
                        && Files.isReadable(keystore)
                        && password != null
                        && alias != null
                        && alias.matches("[A-Za-z0-9._-]{1,100}"));
    }
}
