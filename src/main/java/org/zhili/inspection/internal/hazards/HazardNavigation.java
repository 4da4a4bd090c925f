package org.zhili.inspection.internal.hazards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The inspection menu's hazard entries: campaigns, the phone page of a visit, rectifications. */
@Configuration(proxyBeanMethods = false)
class HazardNavigation {

	static final String GROUP = "nav.group.inspection";

	@Bean
	static NavigationItem hazardCampaignsItem() {
		return new NavigationItem(GROUP, "nav.inspection.hazards", "/inspection/hazards", "fire", Permission.INSPECTION_VIEW.name(), 220);
	}

	@Bean
	static NavigationItem hazardVisitItem() {
		return new NavigationItem(GROUP, "nav.inspection.hazards.visit", "/inspection/hazards/visit", "phone",
				Permission.INSPECTION_EXECUTE.name(), 221);
	}

	@Bean
	static NavigationItem rectificationsItem() {
		return new NavigationItem(GROUP, "nav.inspection.rectifications", "/inspection/rectifications", "clipboard-check",
				Permission.INSPECTION_VIEW.name(), 222);
	}
}
