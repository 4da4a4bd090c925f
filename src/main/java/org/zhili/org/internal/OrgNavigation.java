package org.zhili.org.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.NavigationItem;

/** The org module's menu entries: the tree and map for everyone who may see the org, the rest for the system administrator. */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavigationItem orgTreeMenu() {
		return new NavigationItem("nav.group.org", "nav.org.tree", "/org", "diagram-3", "ORG_VIEW", 200);
	}

	@Bean
	NavigationItem orgMapMenu() {
		return new NavigationItem("nav.group.org", "nav.org.map", "/org/map", "map", "ORG_VIEW", 210);
	}

	@Bean
	NavigationItem departmentsMenu() {
		return new NavigationItem("nav.group.org", "nav.org.departments", "/org/departments", "building", "ORG_MANAGE",
				220);
	}

	@Bean
	NavigationItem boundaryImportMenu() {
		return new NavigationItem("nav.group.org", "nav.org.import", "/org/import", "upload", "ORG_MANAGE", 230);
	}
}
