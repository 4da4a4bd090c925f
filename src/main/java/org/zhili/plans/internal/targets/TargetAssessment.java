package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a target stands against its actual values, and the sentence a report would write about it
 * ("超出年初预定目标1个百分点"). A year's figure (period {@code 2026} or {@code 2026-12}) decides ACHIEVED or MISSED;
 * a month's year-to-date figure says ON_TRACK or AT_RISK — amounts are compared with the share of the year gone.
 */
final class TargetAssessment {

	record Outcome(String code, String label, String phrase) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetAssessment() {
	}

	static String comparatorLabel(String comparator) {
		return switch (comparator) {
			case "growth" -> "增长";
			case "reach" -> "达到";
			case "at_most" -> "控制在…以内";
			case "at_least" -> "不低于";
			case "about" -> "左右";
			default -> comparator;
		};
	}

	static Outcome assess(String comparator, BigDecimal value, BigDecimal upper, String unit, String qualifier,
			List<TargetViews.Actual> actuals) {
		TargetViews.Actual a = TargetViews.latest(actuals);
		if (a == null) {
			return new Outcome(null, "暂无数据", null);
		}
		boolean year = a.period().length() == 4 || a.period().endsWith("-12");
		BigDecimal goal = value;
		if (!year && comparator.equals("reach") && !unit.equals("%")) {
			int month = Integer.parseInt(a.period().substring(5));
			goal = value.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
		}
		boolean meets = meets(comparator, goal, upper, unit, qualifier, a.value());
		String phrase = year ? phrase(comparator, value, unit, a.value()) : null;
		if (year) {
			return meets ? new Outcome("ACHIEVED", "已实现", phrase) : new Outcome("MISSED", "未实现", phrase);
		}
		return meets ? new Outcome("ON_TRACK", "进度正常", null) : new Outcome("AT_RISK", "存在风险", null);
	}

	static boolean meets(String comparator, BigDecimal value, BigDecimal upper, String unit, String qualifier,
			BigDecimal actual) {
		BigDecimal tolerance = unit.equals("%") || unit.equals("个百分点") ? new BigDecimal("0.5")
				: value.abs().multiply(new BigDecimal("0.05"));
		return switch (comparator) {
			case "at_most" -> actual.compareTo(upper != null ? upper : value) <= 0;
			case "about" -> actual.subtract(value).abs().compareTo(tolerance) <= 0;
			case "growth" -> actual.compareTo("左右".equals(qualifier) ? value.subtract(tolerance) : value) >= 0;
			default -> actual.compareTo(value) >= 0;
		};
	}

	/** The report's phrasing: 超出年初预定目标1个百分点 / 完成年初预定目标的117.9%. */
	static String phrase(String comparator, BigDecimal value, String unit, BigDecimal actual) {
		if (unit.equals("%") && !comparator.equals("reach")) {
			BigDecimal diff = actual.subtract(value).stripTrailingZeros();
			if (comparator.equals("at_most")) {
				return actual.compareTo(value) <= 0 ? "控制在年初预定目标以内" : "超出年初控制目标" + plain(diff) + "个百分点";
			}
			if (diff.signum() == 0) {
				return "完成年初预定目标";
			}
			return diff.signum() > 0 ? "超出年初预定目标" + plain(diff) + "个百分点" : "低于年初预定目标" + plain(diff.negate()) + "个百分点";
		}
		if (comparator.equals("at_most")) {
			return actual.compareTo(value) <= 0 ? "控制在年初预定目标以内" : "超出年初控制目标";
		}
		if (value.signum() == 0) {
			return null;
		}
		BigDecimal share = actual.multiply(HUNDRED).divide(value, 1, RoundingMode.HALF_UP).stripTrailingZeros();
		return actual.compareTo(value) >= 0 ? (actual.compareTo(value) > 0 ? "超额完成年初预定目标，完成率" : "完成年初预定目标，完成率")
				+ plain(share) + "%" : "完成年初预定目标的" + plain(share) + "%";
	}

	static String plain(BigDecimal v) {
		return v.stripTrailingZeros().toPlainString();
	}
}
