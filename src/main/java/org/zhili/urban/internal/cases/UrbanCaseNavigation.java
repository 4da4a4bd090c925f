package org.zhili.urban.internal.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;
import org.zhili.urban.internal.UrbanNavigation;

/** The loop's pages in the 数字城管 menu (orders 800–819). */
@Configuration(proxyBeanMethods = false)
class UrbanCaseNavigation {

	@Bean
	static NavigationItem urbanPatrolItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.patrol", "/urban/patrol", "phone", Permission.URBAN_REPORT.name(), 800);
	}

	@Bean
	static NavigationItem urbanCasesItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.cases", "/urban/cases", "clipboard-check", Permission.URBAN_VIEW.name(), 801);
	}

	@Bean
	static NavigationItem urbanApprovalsItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.approvals", "/urban/cases/approvals", "check2-square", Permission.URBAN_REGISTER.name(), 802);
	}
}
