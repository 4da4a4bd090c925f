package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** What the API and pages show of targets. */
public final class TargetViews {

	private TargetViews() {
	}

	/** The latest actual: a whole year counts after its months. */
	public static Actual latest(List<Actual> actuals) {
		return actuals.stream().max(Comparator.comparing(a -> a.period().length() == 4 ? a.period() + "-13" : a.period()))
			.orElse(null);
	}

	/** An actual value of a target, for a year ({@code 2026}) or a month to date ({@code 2026-06}). */
	public record Actual(String period, BigDecimal value, String source, String note) {
	}

	/** The live indicator a target is bound to, with its definition to show beside the values. */
	public record Live(String code, String name, String definition) {
	}

	/**
	 * A target with its actual values and how it stands: ACHIEVED, ON_TRACK, AT_RISK, MISSED, or null (no data);
	 * {@code live} when its actuals are measured rather than entered.
	 */
	public record TargetView(long id, long planId, Long taskId, String indicator, String comparator,
			String comparatorLabel, BigDecimal value, BigDecimal upper, String unit, String qualifier, int period,
			BigDecimal baseline, boolean main, String quote, List<Actual> actuals, String assessment,
			String assessmentLabel, String phrase, Live live) {
	}
}
