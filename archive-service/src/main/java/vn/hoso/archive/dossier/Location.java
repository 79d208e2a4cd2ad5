package vn.hoso.archive.dossier;

/** Where the paper dossier is kept: store (kho), shelf (giá) and box (hộp). Any part may be null. */
public record Location(String store, String shelf, String box) {}
