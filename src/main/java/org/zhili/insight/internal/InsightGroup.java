package org.zhili.insight.internal;

/** The leaders' menu group, 城市大脑. */
public final class InsightGroup {

	public static final String NAME = "nav.group.insight";

	private InsightGroup() {
	}
}
