package org.zhili.urban.internal.components;

/**
 * A row an import left out: where it is (the row or feature number as people count it in the file, and the
 * shapefile it is in when a zip holds several), its identifier if it had one, the field at fault and why, in Chinese.
 */
public record ImportRejection(int row, String layer, String id, String field, String reason) {
}
