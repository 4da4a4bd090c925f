package org.zhili.cases.internal.stats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The statistics' entry in the main menu, in the 接诉即办 group. */
@Configuration(proxyBeanMethods = false)
class StatsNavigation {

	/** The menu group of 接诉即办 (the cases module's pages). */
	static final String CASES_GROUP = "nav.group.cases";

	@Bean
	NavigationItem statsItem() {
		return new NavigationItem(CASES_GROUP, "nav.stats", "/stats", "bar-chart-line", Permission.STATS_VIEW.name(), 80);
	}
}
