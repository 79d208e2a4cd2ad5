package vn.hoso.archive.access;

import java.util.Objects;

/**
 * Which dossiers a caller may see at all: those classified at or below the clearance and lying in the jurisdiction.
 * The search index encodes exactly {@link #admits} as a filter inside its engine query; {@link AccessPolicy} uses
 * the same method for every single-dossier read, so the list and the dossier never disagree.
 */
public record Visibility(Confidentiality clearance, Jurisdiction jurisdiction) {

    public Visibility {
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    public boolean admits(AccessLabel label) {
        return clearance.covers(label.confidentiality()) && jurisdiction.covers(label.units());
    }
}
