package org.zhili.urban.internal.components;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;
import org.zhili.urban.internal.UrbanNavigation;

/** The inventory's menu entries (orders 820–829 of the 数字城管 group). */
@Configuration(proxyBeanMethods = false)
class ComponentNavigation {

	@Bean
	static NavigationItem urbanComponentsItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.components", "/urban/components", "geo-alt",
				Permission.URBAN_VIEW.name(), 820);
	}

	@Bean
	static NavigationItem urbanComponentsImportItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.componentsImport", "/urban/components/import",
				"upload", Permission.URBAN_MANAGE.name(), 821);
	}
}
