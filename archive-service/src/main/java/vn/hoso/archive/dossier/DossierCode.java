package vn.hoso.archive.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A dossier's archival code such as {@code QT-LS-012345}: upper-case letters, digits and hyphens, 3 to 40 long.
 * The code is part of storage keys and URLs, so nothing else is allowed in it.
 */
public record DossierCode(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DossierCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a dossier code is 3 to 40 upper-case letters, digits and hyphens,"
                    + " starting with a letter or digit: " + value);
        }
    }

    /** Whether {@code text} has the form of a code; used to answer 404 instead of 400 on URLs. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
