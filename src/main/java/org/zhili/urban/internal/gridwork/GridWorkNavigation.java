package org.zhili.urban.internal.gridwork;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;
import org.zhili.urban.internal.UrbanNavigation;

/** The grid workers' menu items: coverage and ledgers for the chain of command, today's visits for the workers. */
@Configuration(proxyBeanMethods = false)
class GridWorkNavigation {

	@Bean
	static NavigationItem urbanGridsItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.grids", "/urban/grids", "grid-3x3",
				Permission.GRID_LEDGER_VIEW.name(), 840);
	}

	@Bean
	static NavigationItem urbanVisitsItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.visits", "/urban/visits", "person-walking",
				Permission.GRID_VISIT.name(), 841);
	}
}
