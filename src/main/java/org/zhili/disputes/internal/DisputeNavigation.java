package org.zhili.disputes.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The 矛盾纠纷 menu: the disputes, registering one, the figures. */
@Configuration(proxyBeanMethods = false)
class DisputeNavigation {

	static final String GROUP = "nav.group.disputes";

	@Bean
	static NavigationItem disputesItem() {
		return new NavigationItem(GROUP, "nav.disputes", "/disputes", "people", Permission.DISPUTE_VIEW.name(), 700);
	}

	@Bean
	static NavigationItem newDisputeItem() {
		return new NavigationItem(GROUP, "nav.disputes.new", "/disputes/new", "plus-circle", Permission.DISPUTE_MEDIATE.name(), 701);
	}

	@Bean
	static NavigationItem disputeFiguresItem() {
		return new NavigationItem(GROUP, "nav.disputes.figures", "/disputes/figures", "bar-chart", Permission.DISPUTE_VIEW.name(), 702);
	}
}
