package org.zhili.inspection.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/**
 * The 双随机、一公开 menu's work: plans and draws, the inspector's own inspections, 法制审核, the overview and the
 * public results.
 */
@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

	static final String GROUP = "nav.group.inspection";

	@Bean
	static NavigationItem inspectionPlansItem() {
		return new NavigationItem(GROUP, "nav.inspection.plans", "/inspection/plans", "shuffle",
				Permission.INSPECTION_VIEW.name(), 200);
	}

	@Bean
	static NavigationItem myInspectionsItem() {
		return new NavigationItem(GROUP, "nav.inspection.mine", "/inspection/mine", "clipboard-check",
				Permission.INSPECTION_EXECUTE.name(), 201);
	}

	@Bean
	static NavigationItem legalReviewItem() {
		return new NavigationItem(GROUP, "nav.inspection.legalReview", "/inspection/legal-review", "journal-check",
				Permission.INSPECTION_LEGAL_REVIEW.name(), 202);
	}

	/** The overview is the supervision office's, and the district leaders' (who read everything but supervise nothing). */
	@Bean
	static NavigationItem inspectionOverviewItem() {
		return new NavigationItem(GROUP, "nav.inspection.overview", "/inspection/overview", "speedometer2",
				Permission.INSPECTION_SUPERVISE.name(), 203);
	}

	@Bean
	static NavigationItem inspectionOverviewForLeadersItem() {
		return new NavigationItem(GROUP, "nav.inspection.overview", "/inspection/overview", "speedometer2",
				"ROLE_LEADER", 204);
	}

	@Bean
	static NavigationItem publicResultsItem() {
		return new NavigationItem(GROUP, "nav.inspection.public", "/public/inspection", "globe2",
				Permission.INSPECTION_VIEW.name(), 205);
	}
}
