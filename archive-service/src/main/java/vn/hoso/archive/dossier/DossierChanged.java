package vn.hoso.archive.dossier;

/** Published after a dossier's manifest was written; the search index follows it. */
public record DossierChanged(DossierCode code, long version) {}
