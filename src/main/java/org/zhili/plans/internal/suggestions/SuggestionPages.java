package org.zhili.plans.internal.suggestions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.PlanTime;

/** The page of the suggestions' register with the year's rates. */
@Controller
class SuggestionPages {

	private final SuggestionService suggestions;
	private final PlanTime time;

	SuggestionPages(SuggestionService suggestions, PlanTime time) {
		this.suggestions = suggestions;
		this.time = time;
	}

	@GetMapping("/plans/suggestions")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String suggestions(Actor actor, Model model) {
		int year = time.today().getYear();
		model.addAttribute("year", year);
		model.addAttribute("items", suggestions.list(actor, null, null));
		model.addAttribute("rates", suggestions.rates(year, null));
		return "plans/suggestions";
	}
}
