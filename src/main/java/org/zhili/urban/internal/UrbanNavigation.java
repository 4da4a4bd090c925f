package org.zhili.urban.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/**
 * The 数字城管 menu group. Each part adds its own items to {@link #GROUP}; orders 800–899 are the group's: the
 * cases 800–819, the inventory 820–829, the evaluation 830–839, the grid workers 840–859, the catalogue 890.
 */
@Configuration(proxyBeanMethods = false)
public class UrbanNavigation {

	public static final String GROUP = "nav.group.urban";

	@Bean
	static NavigationItem urbanCatalogueItem() {
		return new NavigationItem(GROUP, "nav.urban.catalogue", "/urban/catalogue", "tags", Permission.URBAN_VIEW.name(), 890);
	}
}
