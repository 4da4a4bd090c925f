package org.zhili.cases.internal.stats;

import java.math.BigDecimal;

/**
 * The rates of a unit over a period, in percent with two decimals; {@code null} where the denominator is 0
 * (nothing to rate).
 *
 * @param response 响应率 = accepted on time / dispatched
 * @param resolution 解决率 = solved / rated
 * @param satisfaction 满意率 = (satisfied + w × basically satisfied) / rated
 * @param onTime 按期办结率 = closed on time / closed
 * @param returns 退单率 = returned / dispatched
 * @param rework 返工率 = reworked / (replied + reworked), the share of reviews that sent the reply back
 * @param duplicates 重复诉求率 = duplicates / received
 * @param composite 综合成绩 = weighted sum of 响应率, 解决率 and 满意率 (0–100); {@code null} when a weighed rate is
 * @param avgHandlingHours average hours from dispatch to reply of the closed cases (one decimal)
 */
public record Rates(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction, BigDecimal onTime,
		BigDecimal returns, BigDecimal rework, BigDecimal duplicates, BigDecimal composite, BigDecimal avgHandlingHours) {
}
