/**
 * The file writers of the export feature: {@link vn.hoso.archive.export.internal.Sheet} and its CSV and XLSX forms,
 * and {@link vn.hoso.archive.export.internal.ResultColumns}, what each column holds. Private to
 * {@code vn.hoso.archive.export}.
 */
package vn.hoso.archive.export.internal;
