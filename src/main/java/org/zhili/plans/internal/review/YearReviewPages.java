package org.zhili.plans.internal.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;

/** The page of a plan's year-end review. */
@Controller
class YearReviewPages {

	private final YearReview reviews;

	YearReviewPages(YearReview reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/plans/{id:\\d+}/review")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String review(@PathVariable long id, Actor actor, Model model) {
		YearReview.Review r = reviews.review(id, actor);
		model.addAttribute("r", r);
		model.addAttribute("casesSentence", YearReview.casesSentence(r.cases()));
		model.addAttribute("suggestionsSentence", YearReview.suggestionsSentence(r.suggestions()));
		return "plans/year-review";
	}
}
