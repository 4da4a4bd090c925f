package org.zhili.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The district's 接诉即办 figures over a period, as the statistics compute them, for other modules' reports
 * (the plans module's year-end review). Not scoped: callers decide who may see their report.
 */
public interface CaseFigures {

	/**
	 * @param received 受理量: cases registered in the period
	 * @param rated follow-ups with a rating
	 * @param resolution 解决率 in percent (two decimals), {@code null} when nothing was rated
	 * @param satisfaction 满意率 in percent, {@code null} when nothing was rated
	 * @param response 响应率 in percent, {@code null} when nothing was dispatched
	 */
	record Figures(LocalDate from, LocalDate to, long received, long rated, BigDecimal resolution,
			BigDecimal satisfaction, BigDecimal response) {
	}

	/**
	 * One street's or department's figures, with the 综合成绩 the ranking orders them by ({@code null} rates when
	 * nothing was counted).
	 */
	record UnitFigures(String code, String name, long received, long rated, BigDecimal response,
			BigDecimal resolution, BigDecimal satisfaction, BigDecimal composite) {
	}

	/** The district's total from {@code from} to {@code to}, both included (Beijing days). */
	Figures district(LocalDate from, LocalDate to);

	/** The district's total with every street and every department that handles cases, from one reading. */
	record Standings(Figures district, List<UnitFigures> streets, List<UnitFigures> departments) {
	}

	/**
	 * The district, its streets and its departments from {@code from} to {@code to}, as the statistics page lists
	 * them: one reading of the period's counters for all three.
	 */
	Standings standings(LocalDate from, LocalDate to);
}
