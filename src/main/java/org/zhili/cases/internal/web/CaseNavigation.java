package org.zhili.cases.internal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/**
 * The menu group 接诉即办: each role finds its own pages — hotline staff 受理, grid workers 巡查上报, the
 * command centre 派遣, handlers 本单位工单, the supervision office 督办 — and everyone the case list; the
 * category administration sits with the system administrator's work.
 */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

	static final String GROUP = "nav.group.cases";

	/** Hotline staff (operators and dispatchers, who also make the follow-up calls) take calls. */
	@Bean
	NavigationItem intakeItem() {
		return new NavigationItem(GROUP, "nav.cases.intake", "/cases/intake", "telephone-plus",
				Permission.CASE_CALLBACK.name(), 200);
	}

	@Bean
	NavigationItem reportItem() {
		return new NavigationItem(GROUP, "nav.cases.report", "/cases/report", "camera", "ROLE_GRID_WORKER", 205);
	}

	@Bean
	NavigationItem dispatchItem() {
		return new NavigationItem(GROUP, "nav.cases.dispatch", "/cases/dispatch", "signpost-split",
				Permission.CASE_DISPATCH.name(), 210);
	}

	@Bean
	NavigationItem mineItem() {
		return new NavigationItem(GROUP, "nav.cases.mine", "/cases/mine", "inboxes", Permission.CASE_HANDLE.name(), 220);
	}

	@Bean
	NavigationItem supervisionItem() {
		return new NavigationItem(GROUP, "nav.cases.supervision", "/cases/supervision", "alarm",
				Permission.CASE_SUPERVISE.name(), 230);
	}

	@Bean
	NavigationItem listItem() {
		return new NavigationItem(GROUP, "nav.cases.list", "/cases", "card-list", Permission.CASE_VIEW.name(), 240);
	}

	@Bean
	NavigationItem categoriesItem() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.cases.categories", "/cases/categories", "tags",
				Permission.CASE_CONFIG.name(), 880);
	}
}
