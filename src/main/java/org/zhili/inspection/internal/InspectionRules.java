package org.zhili.inspection.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.calendar.TimeLimit;
import org.zhili.inspection.CreditClass;

/**
 * 双随机、一公开 as data ({@code zhili.inspection}): the ratios a task starts from, the cap on general matters,
 * how residents' complaints weigh in a draw, the publication limit and how findings move credit classes.
 *
 * @param defaultRatios percent of each credit class a new task draws
 * @param generalRatioCap the highest ratio for classes A–C when a task has no 重点检查事项
 * @param riskStep percent added to a subject's weight (base 100) per complaint or report in the window
 * @param riskCap the highest weight complaints may raise a subject to
 * @param publishWithin how long after completion a result must be public
 * @param publishWarnDays working days before that limit the department is reminded
 * @param rectifyWithinDays the deadline a 责令整改 gives, in working days
 */
@ConfigurationProperties("zhili.inspection")
public record InspectionRules(Map<CreditClass, BigDecimal> defaultRatios, BigDecimal generalRatioCap,
		int riskWindowMonths, int riskStep, int riskCap, TimeLimit publishWithin, int publishWarnDays,
		int rectifyWithinDays, Credit credit) {

	/**
	 * @param steps how many classes towards D a result moves the subject (0: none)
	 * @param cleanStreakToImprove clean inspections in a row that move it one class towards A
	 */
	public record Credit(Map<Result, Integer> steps, int cleanStreakToImprove) {
	}

	public InspectionRules {
		for (CreditClass c : CreditClass.values()) {
			if (!defaultRatios.containsKey(c)) {
				throw new IllegalArgumentException("zhili.inspection.default-ratios has no ratio for class " + c);
			}
		}
		if (riskCap < 100 || riskStep < 0) {
			throw new IllegalArgumentException("zhili.inspection.risk-cap must be at least 100 and risk-step not negative");
		}
	}
}
