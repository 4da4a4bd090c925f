package org.zhili.plans.internal.ingestion;

import java.util.regex.Pattern;

/**
 * 预期性 or 约束性: a binding target is one the text calls so, a ceiling (控制在…以内, 不超过), or a fall of what
 * plans hold the district to (能耗, 排放, 细颗粒物, 安全事故) — the indicators national and city plans list as
 * 约束性. Everything else is expected (预期性).
 */
final class TargetKinds {

	private static final Pattern BOUND_INDICATOR = Pattern.compile("能耗|排放|二氧化碳|细颗粒物|PM2\\.5|耕地|安全事故|死亡|污染|水耗"
			+ "|用水总量|债务|地表水|空气质量");

	private TargetKinds() {
	}

	static ItemKind of(DraftPlan.Quantity q, String sentence) {
		if (sentence.contains("约束性")) {
			return ItemKind.BINDING_TARGET;
		}
		if (sentence.contains("预期性")) {
			return ItemKind.EXPECTED_TARGET;
		}
		if (q.comparator().equals("at_most")) {
			return ItemKind.BINDING_TARGET;
		}
		if (BOUND_INDICATOR.matcher(q.indicator()).find()
				&& (q.value().signum() < 0 || q.comparator().equals("at_least") || q.comparator().equals("reach"))) {
			return ItemKind.BINDING_TARGET;
		}
		return ItemKind.EXPECTED_TARGET;
	}
}
