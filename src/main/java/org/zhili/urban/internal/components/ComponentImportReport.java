package org.zhili.urban.internal.components;

import java.util.List;

/**
 * What an import did: of the file's rows, how many components were added and how many existing ones (same
 * identifier) were replaced, and every row left out with its reason. With {@code dryRun} nothing was written and the
 * counts say what would have been.
 */
public record ComponentImportReport(ImportFormat format, String formatLabel, int rows, int created, int updated,
		List<ImportRejection> rejected, boolean dryRun) {

	public int imported() {
		return created + updated;
	}
}
