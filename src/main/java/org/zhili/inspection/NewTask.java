package org.zhili.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;


/**
 * A task as a department plans it; missing ratios, step and cap come from {@code zhili.inspection}.
 *
 * @param jointDepartments the other departments of a 跨部门联合抽查 (none for a department's own)
 */
public record NewTask(String name, String leadDepartment, List<String> jointDepartments, List<Long> matterIds,
		List<String> industries, List<String> streetCodes, List<String> tags, Map<CreditClass, BigDecimal> ratios,
		Integer inspectorsPerSubject, Integer riskStep, Integer riskCap, LocalDate periodStart, LocalDate periodEnd) {

	public NewTask {
		jointDepartments = jointDepartments == null ? List.of() : List.copyOf(jointDepartments);
		matterIds = matterIds == null ? List.of() : List.copyOf(matterIds);
		industries = industries == null ? List.of() : List.copyOf(industries);
		streetCodes = streetCodes == null ? List.of() : List.copyOf(streetCodes);
		tags = tags == null ? List.of() : List.copyOf(tags);
		ratios = ratios == null ? Map.of() : Map.copyOf(ratios);
	}
}
