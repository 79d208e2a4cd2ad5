package vn.hoso.archive.dossier;

/**
 * The person the dossier is about.
 *
 * @param fullName as written in the documents, NFC-normalised
 * @param birthYear may be null when the documents do not give it
 * @param hometown quê quán as written (communes and districts as they were named then)
 */
public record Subject(String fullName, Integer birthYear, String hometown) {}
