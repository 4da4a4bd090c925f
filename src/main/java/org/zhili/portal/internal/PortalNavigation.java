package org.zhili.portal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.NavigationItem;

/** Staff reach the public pages from the menu too, to see what residents see. */
@Configuration
class PortalNavigation {

	@Bean
	NavigationItem publicPagesNavigationItem() {
		return new NavigationItem(NavigationItem.BASICS, "nav.portal", "/public", "people", null, 190);
	}
}
