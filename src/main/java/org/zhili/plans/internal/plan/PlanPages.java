package org.zhili.plans.internal.plan;

import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.targets.LiveIndicators;
import org.zhili.process.Indicator;

/** The pages of the plans: the list and a plan's tree. */
@Controller
class PlanPages {

	private final PlanService plans;
	private final LiveIndicators indicators;

	PlanPages(PlanService plans, LiveIndicators indicators) {
		this.plans = plans;
		this.indicators = indicators;
	}

	@GetMapping("/plans")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String list(Actor actor, Model model) {
		model.addAttribute("plans", plans.plans(actor));
		return "plans/list";
	}

	@GetMapping("/plans/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String tree(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("tree", plans.tree(id, actor));
		// a target binds only to an indicator of its own unit
		model.addAttribute("indicatorsByUnit", indicators.all().stream().collect(Collectors.groupingBy(Indicator::unit)));
		return "plans/plan";
	}
}
