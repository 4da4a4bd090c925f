package org.zhili.process.internal.admission;

import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** 社区准入: the list, the work waiting for approval (for the office) and the report of work pushed down anyway. */
@Controller
class AdmissionPages {

	private final AdmissionStore store;
	private final AdmissionController api;

	AdmissionPages(AdmissionStore store, AdmissionController api) {
		this.store = store;
		this.api = api;
	}

	@Bean
	static NavigationItem communityAdmissionNavigation() {
		return new NavigationItem("nav.group.plans", "nav.communityAdmission", "/community-admission", "house-check",
				Permission.ORG_VIEW.name(), 106);
	}

	@GetMapping("/community-admission")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Model model) {
		model.addAttribute("items", store.items(true));
		boolean keeper = actor.has(Permission.COMMUNITY_LIST_MANAGE);
		model.addAttribute("keeper", keeper);
		if (keeper || actor.has(Permission.PLAN_MANAGE)) {
			model.addAttribute("pending", store.requests(AdmissionState.PENDING.name(), 200).stream().map(api::view).toList());
		}
		if (keeper || actor.has(Permission.STATS_VIEW)) {
			model.addAttribute("report", api.reportFor(from, to));
		}
		return "process/community-admission";
	}
}
