package org.zhili.inspection.internal.rectification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.process.SupervisionLevel;

/**
 * 整改 as data ({@code zhili.inspection.rectification}).
 *
 * @param warnWorkingDays the unit is warned this many working days before its deadline
 * @param majorLevel the 督办 level a 重大隐患 is 挂牌督办 at when it is opened (named 挂牌督办 for the loop in
 * {@code zhili.process.supervision.loops.rectification})
 * @param overdueLevel the 督办 level an overdue rectification is 督办 at, by severity
 * @param redoWorkingDays the new deadline after a failed 复查, unless the checker sets one
 */
@ConfigurationProperties("zhili.inspection.rectification")
public record RectificationRules(int warnWorkingDays, SupervisionLevel majorLevel,
		Map<Severity, SupervisionLevel> overdueLevel, int redoWorkingDays) {

	public RectificationRules {
		if (majorLevel == null || overdueLevel == null || !overdueLevel.keySet().containsAll(java.util.EnumSet.allOf(Severity.class))) {
			throw new IllegalArgumentException(
					"zhili.inspection.rectification needs major-level and an overdue-level for GENERAL and MAJOR");
		}
		if (warnWorkingDays < 0 || redoWorkingDays < 1) {
			throw new IllegalArgumentException("zhili.inspection.rectification: warn-working-days ≥ 0, redo-working-days ≥ 1");
		}
	}
}
