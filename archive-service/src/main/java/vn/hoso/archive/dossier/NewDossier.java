package vn.hoso.archive.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/**
 * What a clerk supplies to open a dossier; validated at the API edge, each failure naming its field. Only code,
 * title, category, confidentiality and the subject's full name are required; the rest is filled in as the clerk
 * reads the papers.
 */
public record NewDossier(
        @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "3 to 40 upper-case letters, digits and hyphens")
        String code,

        @NotBlank @Size(max = 500) String title,
        @NotNull Category category,
        @NotNull Confidentiality confidentiality,
        @NotNull @Valid Person subject,
        List<@NotBlank @Size(max = 60) String> legacyCodes,
        List<@Valid DecisionInput> decisions,
        List<@Valid DocumentInput> documents,
        Location location) {

    /** The core of a new dossier; everything else empty. */
    public NewDossier(String code, String title, Category category, Confidentiality confidentiality, Person subject) {
        this(code, title, category, confidentiality, subject, List.of(), List.of(), List.of(), null);
    }

    /** The subject person as typed by the clerk. */
    public record Person(
            @NotBlank @Size(max = 200) String fullName,
            List<@NotBlank @Size(max = 200) String> otherNames,
            Gender gender,
            @Min(1800) @Max(2100) Integer birthYear,
            LocalDate birthDate,
            @Size(max = 500) String hometown,
            @Size(max = 500) String residence,

            @Pattern(regexp = "\\d{12}", message = "12 digits")
            String citizenId,

            @Pattern(regexp = "\\d{9}", message = "9 digits")
            String oldId) {

        public Person(String fullName, Integer birthYear, String hometown) {
            this(fullName, List.of(), null, birthYear, null, hometown, null, null, null);
        }
    }

    /** A decision as typed: number and symbol are required. */
    public record DecisionInput(
            @NotBlank @Size(max = 100) String number,
            LocalDate date,
            @Size(max = 300) String issuer,
            @Size(max = 2000) String summary) {}

    /** A document as typed: its type is required. */
    public record DocumentInput(
            @NotBlank @Size(max = 200) String type,
            @Size(max = 100) String number,
            LocalDate date,
            @Size(max = 300) String issuer,
            @Size(max = 2000) String summary,
            @Min(1) Integer firstPage,
            @Min(1) Integer lastPage) {}
}
