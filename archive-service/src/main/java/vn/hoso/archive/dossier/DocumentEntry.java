package vn.hoso.archive.dossier;

import java.time.LocalDate;

/**
 * One document (văn bản) of the dossier, as the archival description lists it (Thông tư 02/2019/TT-BNV).
 *
 * @param type kind of document, e.g. "Giấy báo tử", "Bản khai cá nhân"
 * @param number number and symbol, or null
 * @param date date of the document, or null
 * @param issuer issuing body, or null
 * @param firstPage first page (seq) of the document in the dossier, or null when not yet mapped
 * @param lastPage last page (seq), or null
 */
public record DocumentEntry(
        String type,
        String number,
        LocalDate date,
        String issuer,
        String summary,
        Integer firstPage,
        Integer lastPage) {}
