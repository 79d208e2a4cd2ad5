package vn.hoso.archive.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/**
 * A clerk's corrected description of a dossier: the whole description (not a patch), validated like
 * {@link NewDossier} with the same field names, so a form serves both. The code is the dossier's identity and its
 * storage key, so it cannot be corrected.
 *
 * @param version the manifest version the clerk edited; refused when another clerk corrected the metadata after it
 *     (recognition and page work in between do not count)
 */
public record DossierCorrection(
        @NotNull @Min(1) Long version,
        @NotBlank @Size(max = 500) String title,
        @NotNull Category category,
        @NotNull Confidentiality confidentiality,
        @NotNull @Valid NewDossier.Person subject,
        List<@NotBlank @Size(max = 60) String> legacyCodes,
        List<NewDossier.@Valid DecisionInput> decisions,
        List<NewDossier.@Valid DocumentInput> documents,
        Location location) {

    NewDossier asNew(DossierCode code) {
        return new NewDossier(
                code.value(), title, category, confidentiality, subject, legacyCodes, decisions, documents, location);
    }
}
