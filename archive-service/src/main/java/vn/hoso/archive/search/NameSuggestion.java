package vn.hoso.archive.search;

/**
 * A name to offer while an officer types.
 *
 * @param name as written in a dossier (full name or other name), NFC
 * @param count how many dossiers visible to the caller carry this name (in either tone placement)
 */
public record NameSuggestion(String name, long count) {}
