package org.zhili.org.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/**
 * The org module's menu entries: the tree and the map with the reference data everyone consults, the
 * department list and the boundary import with the system administrator's work.
 */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavigationItem orgTreeItem() {
		return new NavigationItem(NavigationItem.BASICS, "nav.org.tree", "/org", "diagram-3", Permission.ORG_VIEW.name(),
				100);
	}

	@Bean
	NavigationItem orgMapItem() {
		return new NavigationItem(NavigationItem.BASICS, "nav.org.map", "/org/map", "map", Permission.ORG_VIEW.name(), 110);
	}

	@Bean
	NavigationItem departmentsItem() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.org.departments", "/org/departments", "building",
				Permission.ORG_MANAGE.name(), 860);
	}

	@Bean
	NavigationItem boundaryImportItem() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.org.import", "/org/import", "upload",
				Permission.ORG_MANAGE.name(), 870);
	}
}
