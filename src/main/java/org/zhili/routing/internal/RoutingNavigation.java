package org.zhili.routing.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The routing menu: accuracy and auto-dispatch settings, repeated requests, hot spots. */
@Configuration(proxyBeanMethods = false)
class RoutingNavigation {

	static final String GROUP = "nav.group.routing";

	@Bean
	NavigationItem routingOverviewItem() {
		return new NavigationItem(GROUP, "nav.routing.overview", "/routing", "signpost-split", Permission.STATS_VIEW.name(),
				400);
	}

	@Bean
	NavigationItem routingDuplicatesItem() {
		return new NavigationItem(GROUP, "nav.routing.duplicates", "/routing/duplicates", "files",
				Permission.CASE_DISPATCH.name(), 410);
	}

	@Bean
	NavigationItem routingHotSpotsItem() {
		return new NavigationItem(GROUP, "nav.routing.hotSpots", "/routing/hot-spots", "fire", Permission.STATS_VIEW.name(),
				420);
	}
}
