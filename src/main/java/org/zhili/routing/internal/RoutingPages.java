package org.zhili.routing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;

/** 智能分拨 pages: accuracy with the auto-dispatch settings, repeated requests, hot spots. */
@Controller
@RequestMapping("/routing")
class RoutingPages {

	private final Models models;
	private final Accuracy accuracy;
	private final CategoryRules rules;
	private final TrainingExamples examples;
	private final Duplicates duplicates;
	private final HotSpots hotSpots;
	private final RoutingProperties properties;
	private final RoutingBacklog backlog;
	private final Retraining retraining;
	private final Agreement agreement;
	private final CategoryTree categories;

	RoutingPages(Models models, Accuracy accuracy, CategoryRules rules, TrainingExamples examples, Duplicates duplicates,
			HotSpots hotSpots, RoutingProperties properties, RoutingBacklog backlog, Retraining retraining,
			Agreement agreement, CategoryTree categories) {
		this.models = models;
		this.accuracy = accuracy;
		this.rules = rules;
		this.examples = examples;
		this.duplicates = duplicates;
		this.hotSpots = hotSpots;
		this.properties = properties;
		this.backlog = backlog;
		this.retraining = retraining;
		this.agreement = agreement;
		this.categories = categories;
	}

	/** The line on the dispatcher's queue saying how far routing is behind (refreshed by the page every few seconds). */
	@GetMapping("/backlog")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	String backlog(Model model) {
		model.addAttribute("backlog", backlog.now());
		return "routing/backlog :: line";
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('STATS_VIEW', 'CASE_DISPATCH', 'CASE_CONFIG')")
	String overview(Actor actor, Model model) {
		model.addAttribute("model", models.current());
		model.addAttribute("shipped", models.current() == models.shipped());
		model.addAttribute("report", accuracy.report(null, null));
		model.addAttribute("rules", rules.all());
		model.addAttribute("defaultThreshold", properties.autoDispatch().threshold());
		model.addAttribute("autoDispatchOn", properties.autoDispatch().enabled());
		boolean manage = actor.has(Permission.CASE_DISPATCH) || actor.has(Permission.CASE_CONFIG);
		model.addAttribute("manage", manage);
		model.addAttribute("examples", manage ? examples.recent(20) : List.of());
		model.addAttribute("exampleCount", examples.count());
		model.addAttribute("retrainings", manage ? retraining.history(5) : List.of());
		YearMonth now = agreement.thisMonth();
		Map<String, Agreement.Row> cells = new HashMap<>();
		agreement.byMonth(Agreement.recentFrom(now), now).forEach(r -> cells.put(r.month() + "|" + r.categoryCode(), r));
		model.addAttribute("agreement", cells);
		model.addAttribute("agreementMonths", Agreement.months(Agreement.recentFrom(now), now));
		model.addAttribute("agreementCategories", categories.topLevel().stream()
			.filter(c -> cells.values().stream().anyMatch(r -> r.categoryCode().equals(c.code()))).toList());
		return "routing/overview";
	}

	@GetMapping("/duplicates")
	@PreAuthorize("hasAuthority('CASE_DISPATCH')")
	String duplicates(Actor actor, Model model) {
		model.addAttribute("suggestions", duplicates.open(actor, 100));
		model.addAttribute("settings", properties.duplicates());
		return "routing/duplicates";
	}

	@GetMapping("/hot-spots")
	@PreAuthorize("hasAnyAuthority('STATS_VIEW', 'CASE_SUPERVISE', 'CASE_DISPATCH')")
	String hotSpots(Actor actor, @RequestParam(required = false) LocalDate date, Model model) {
		model.addAttribute("spots", hotSpots.list(date));
		model.addAttribute("settings", properties.hotSpots());
		model.addAttribute("lead", actor.has(Permission.CASE_SUPERVISE));
		model.addAttribute("detect", actor.has(Permission.CASE_SUPERVISE) || actor.has(Permission.CASE_DISPATCH));
		return "routing/hot-spots";
	}
}
