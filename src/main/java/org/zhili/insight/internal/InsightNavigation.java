package org.zhili.insight.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The leaders' menu group 城市大脑: the cockpit, 每月一题 and the lagging units. */
@Configuration(proxyBeanMethods = false)
class InsightNavigation {

	static final String GROUP = "nav.group.insight";

	@Bean
	static NavigationItem cockpitItem() {
		return new NavigationItem(GROUP, "nav.cockpit", "/cockpit", "speedometer2", Permission.STATS_VIEW.name(), 84);
	}

	@Bean
	static NavigationItem topicsItem() {
		return new NavigationItem(GROUP, "nav.topics", "/topics", "bullseye", Permission.STATS_VIEW.name(), 85);
	}

	@Bean
	static NavigationItem laggingItem() {
		return new NavigationItem(GROUP, "nav.lagging", "/lagging", "graph-down-arrow", Permission.STATS_VIEW.name(), 86);
	}
}
