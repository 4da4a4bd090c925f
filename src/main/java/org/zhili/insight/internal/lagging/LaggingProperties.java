package org.zhili.insight.internal.lagging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many units of each level the 后进 list names ({@code per-level}, 3), and how many cases a unit needs in the
 * month to be ranked at all ({@code min-cases}, 10): a unit with three cases is not lagging, it is unmeasured.
 */
@ConfigurationProperties("zhili.insight.lagging")
record LaggingProperties(Integer perLevel, Integer minCases) {

	LaggingProperties {
		perLevel = perLevel == null ? 3 : perLevel;
		minCases = minCases == null ? 10 : minCases;
	}
}
