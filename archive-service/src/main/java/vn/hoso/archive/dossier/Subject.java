package vn.hoso.archive.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * The person the dossier is about, as the documents name them.
 *
 * @param fullName as written in the documents, NFC-normalised
 * @param otherNames aliases, birth names, names in other documents (tên gọi khác)
 * @param gender null when the documents do not say
 * @param birthYear may be null when the documents do not give it
 * @param birthDate the full date when known; its year then equals {@code birthYear}
 * @param hometown quê quán as written (communes and districts as they were named then)
 * @param hometownPlace the same address split into province, district and commune, for facets and filters
 * @param residence nơi thường trú as written
 * @param citizenId 12-digit citizen identity number (CCCD), or null
 * @param oldId 9-digit identity card number (CMND) of the old system, or null
 */
public record Subject(
        String fullName,
        List<String> otherNames,
        Gender gender,
        Integer birthYear,
        LocalDate birthDate,
        String hometown,
        Place hometownPlace,
        String residence,
        String citizenId,
        String oldId) {

    public Subject {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        if (hometownPlace == null) {
            hometownPlace = Place.parse(hometown);
        }
    }

    /** The person as a clerk first types them: name, birth year and hometown. */
    public Subject(String fullName, Integer birthYear, String hometown) {
        this(fullName, List.of(), null, birthYear, null, hometown, null, null, null, null);
    }
}
