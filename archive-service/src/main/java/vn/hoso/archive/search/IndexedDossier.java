package vn.hoso.archive.search;

import java.util.List;
import java.util.Objects;
import vn.hoso.archive.access.Confidentiality;

/**
 * What the index holds of one dossier: the searchable metadata, its confidentiality, the manifest version it was
 * built from, and the recognised text of its pages. Text fields other than the code may be null (not yet
 * catalogued); {@code pages} may be empty.
 */
public record IndexedDossier(
        String code,
        String title,
        String fullName,
        String category,
        Integer birthYear,
        String hometown,
        Confidentiality confidentiality,
        long version,
        List<IndexedPage> pages) {

    public IndexedDossier {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a dossier code must not be blank");
        }
        Objects.requireNonNull(confidentiality, "confidentiality: an unlabelled dossier must not be indexed");
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
