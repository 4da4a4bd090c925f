package org.zhili.plans.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The 督查督办 menu: plans, the unit's own tasks, reading a document, suggestions. */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	static final String GROUP = "nav.group.plans";

	@Bean
	static NavigationItem plansItem() {
		return new NavigationItem(GROUP, "nav.plans", "/plans", "list-check", Permission.PLAN_VIEW.name(), 100);
	}

	@Bean
	static NavigationItem myPlanTasksItem() {
		return new NavigationItem(GROUP, "nav.plans.mine", "/plans/mine", "person-check", Permission.PLAN_REPORT.name(), 101);
	}

	@Bean
	static NavigationItem ingestItem() {
		return new NavigationItem(GROUP, "nav.plans.ingest", "/plans/ingest", "file-earmark-text", Permission.PLAN_MANAGE.name(), 102);
	}

	@Bean
	static NavigationItem suggestionsItem() {
		return new NavigationItem(GROUP, "nav.plans.suggestions", "/plans/suggestions", "megaphone", Permission.PLAN_VIEW.name(), 103);
	}
}
