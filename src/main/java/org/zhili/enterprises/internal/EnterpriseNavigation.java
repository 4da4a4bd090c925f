package org.zhili.enterprises.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** 包联企业 in the menu, beside the other loops' lists. */
@Configuration(proxyBeanMethods = false)
class EnterpriseNavigation {

	@Bean
	static NavigationItem pairingsItem() {
		return new NavigationItem("nav.group.enterprises", "nav.enterprises", "/enterprises", "building",
				Permission.ENTERPRISE_VIEW.name(), 80);
	}
}
