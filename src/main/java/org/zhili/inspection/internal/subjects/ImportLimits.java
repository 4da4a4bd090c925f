package org.zhili.inspection.internal.subjects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large an import of the subject library may be ({@code zhili.inspection.libraries.import}).
 *
 * @param maxRows the most data rows one workbook may hold (larger lists are imported in several files)
 */
@ConfigurationProperties("zhili.inspection.libraries.import")
public record ImportLimits(@DefaultValue("20000") int maxRows) {

	public ImportLimits {
		if (maxRows < 1) {
			throw new IllegalArgumentException("zhili.inspection.libraries.import.max-rows must be positive");
		}
	}
}
