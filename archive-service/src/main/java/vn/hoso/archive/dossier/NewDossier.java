package vn.hoso.archive.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoso.archive.access.Confidentiality;

/** What a clerk supplies to open a dossier; validated at the API edge, each failure naming its field. */
public record NewDossier(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}",
                message = "3 to 40 upper-case letters, digits and hyphens") String code,
        @NotBlank @Size(max = 500) String title,
        @NotNull Category category,
        @NotNull Confidentiality confidentiality,
        @NotNull @Valid Person subject) {

    /** The subject person as typed by the clerk. */
    public record Person(
            @NotBlank @Size(max = 200) String fullName,
            @Min(1800) @Max(2100) Integer birthYear,
            @Size(max = 500) String hometown) {}
}
