package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A month's 综合评价: the district's figures, the report's sentences, and the tables by region, department and post.
 *
 * @param month the month and its cut-off
 * @param district the district's figures (受理数 … 按期结案率, 延期 / 挂账 / 作废)
 * @param sentences the report's text, generated from the figures
 * @param tables region, department, 监督员, 值班长, 派遣员
 */
public record MonthlyEvaluation(EvaluationMonth month, Map<Indicator, BigDecimal> district, List<String> sentences,
		List<EvaluationTable> tables) {

	public EvaluationTable table(EvaluationFamily family) {
		return tables.stream().filter(t -> t.family() == family).findFirst().orElseThrow();
	}
}
