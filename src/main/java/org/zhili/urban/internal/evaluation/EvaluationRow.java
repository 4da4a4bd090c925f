package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One evaluated unit or person: its figures (a rate without a base is absent), the composite value (综合指标值) over
 * the indicators that have a base, and its grade.
 *
 * @param code a region's or department's code, a person's user name
 * @param name as people read it
 * @param figures the family's figures
 * @param composite the composite value, 0–100 with two decimals; {@code null} when no weighed indicator has a base
 * @param grade A–E, {@code null} with no composite
 * @param own whether the reader is this unit or person (the page highlights it)
 */
public record EvaluationRow(String code, String name, Map<Indicator, BigDecimal> figures, BigDecimal composite,
		Grade grade, boolean own) {

	public BigDecimal figure(Indicator indicator) {
		return figures.get(indicator);
	}

	EvaluationRow named(String name, boolean own) {
		return new EvaluationRow(code, name, figures, composite, grade, own);
	}
}
