package vn.hoso.archive.dossier;

import java.time.LocalDate;

/**
 * A decision in the dossier (quyết định công nhận, trợ cấp …).
 *
 * @param number number and symbol as written, e.g. {@code 1234/QĐ-UBND}
 * @param date date of signing, or null when unreadable
 * @param issuer issuing body, e.g. "UBND tỉnh Quảng Trị"
 */
public record Decision(String number, LocalDate date, String issuer, String summary) {}
