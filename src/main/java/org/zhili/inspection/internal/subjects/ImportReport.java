package org.zhili.inspection.internal.subjects;

import java.util.List;

import org.zhili.inspection.Subjects.RowError;

/**
 * Why an import was refused, as the 422 answer's {@code report}: how many rows were read, how many of them are
 * wrong, and every problem found — row as Excel numbers it, column header, message — in row and column order.
 */
public record ImportReport(int rows, int rowsWithErrors, List<RowError> errors) {
}
