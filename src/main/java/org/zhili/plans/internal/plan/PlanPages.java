package org.zhili.plans.internal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;

/** The pages of the plans: the list and a plan's tree. */
@Controller
class PlanPages {

	private final PlanService plans;

	PlanPages(PlanService plans) {
		this.plans = plans;
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
		return "plans/plan";
	}
}
