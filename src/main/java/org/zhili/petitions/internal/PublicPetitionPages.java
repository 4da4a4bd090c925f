package org.zhili.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhili.petitions.PetitionRating;
import org.zhili.platform.ApiProblem;

/**
 * The petitioner's own page (条例 art. 21): with the tracking number and the query code given at registration, they
 * read where the petition went and why, the 意见书, rate the handling and ask for 复查/复核 within the window. Nothing
 * of the handling units' internal notes is shown.
 */
@Controller
class PublicPetitionPages {

	private final PetitionStore store;
	private final PetitionSteps steps;
	private final PetitionViews views;
	private final PetitionRules rules;
	private final Clock clock;

	PublicPetitionPages(PetitionStore store, PetitionSteps steps, PetitionViews views, PetitionRules rules, Clock clock) {
		this.store = store;
		this.steps = steps;
		this.views = views;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/public/petitions/{trackingNumber}")
	@Transactional(readOnly = true)
	String show(@PathVariable String trackingNumber, @RequestParam(required = false) String code, Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		model.addAttribute("code", code);
		if (code == null || code.isBlank()) {
			return "petitions/public";
		}
		PetitionStore.Row r = row(trackingNumber, code);
		model.addAttribute("p", r);
		model.addAttribute("unitName", views.unitName(r.handlingUnit()));
		var running = views.running(r);
		model.addAttribute("due", running == null ? null : PetitionViews.date(running.deadline().due()));
		model.addAttribute("ratings", PetitionRating.values());
		model.addAttribute("canRate", PetitionWorkflow.WORKFLOW.allows(PetitionWorkflow.Action.RATE, r.facts(),
				java.util.Set.of(PetitionWorkflow.Party.PETITIONER)));
		model.addAttribute("canReview", r.state() == org.zhili.petitions.PetitionState.REPLIED
				|| r.state() == org.zhili.petitions.PetitionState.REVIEWED);
		return "petitions/public";
	}

	@PostMapping("/public/petitions/{trackingNumber}/rate")
	String rate(@PathVariable String trackingNumber, @RequestParam String code,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		PetitionStore.Row r = row(trackingNumber, code);
		steps.rate(r.id(), PetitionController.parse(PetitionRating.class, "rating", rating), comment, clock.instant());
		redirect.addAttribute("code", code);
		return "redirect:/public/petitions/" + trackingNumber;
	}

	@PostMapping("/public/petitions/{trackingNumber}/review")
	String review(@PathVariable String trackingNumber, @RequestParam String code,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		PetitionStore.Row r = row(trackingNumber, code);
		steps.requestReview(r.id(), reason, clock.instant());
		redirect.addAttribute("code", code);
		return "redirect:/public/petitions/" + trackingNumber;
	}

	/** The petition when the code is its query code: 404 otherwise, whether or not the number exists. */
	private PetitionStore.Row row(String trackingNumber, String code) {
		PetitionStore.Row r = store.byNumber(trackingNumber.strip()).orElse(null);
		if (r == null || code == null || !MessageDigest.isEqual(r.queryCode().getBytes(StandardCharsets.UTF_8),
				code.strip().getBytes(StandardCharsets.UTF_8))) {
			throw ApiProblem.notFound("petition_not_found", "编号或查询码不正确");
		}
		return r;
	}
}
