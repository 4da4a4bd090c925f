package org.zhili.plans.internal.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;
import org.zhili.plans.internal.ingestion.IngestService;
import org.zhili.plans.internal.suggestions.SuggestionService;
import org.zhili.plans.internal.tasks.TaskReminders;
import org.zhili.plans.internal.review.YearReview;

/** The pages of 督查督办: plan list and tree, task with timeline, the unit's own tasks, ingestion review. */
@Controller
class PlanPages {

	static final String GROUP = "nav.group.plans";

	private final PlanService plans;
	private final TaskReminders reminders;
	private final IngestService ingest;
	private final YearReview reviews;
	private final SuggestionService suggestions;

	private final org.zhili.org.OrgUnits units;

	private final tools.jackson.databind.json.JsonMapper json;

	PlanPages(PlanService plans, IngestService ingest, YearReview reviews, SuggestionService suggestions,
			org.zhili.org.OrgUnits units, tools.jackson.databind.json.JsonMapper json, TaskReminders reminders) {
		this.reminders = reminders;
		this.units = units;
		this.json = json;
		this.plans = plans;
		this.ingest = ingest;
		this.reviews = reviews;
		this.suggestions = suggestions;
	}

	@Bean
	static NavigationItem suggestionsItem() {
		return new NavigationItem(GROUP, "nav.plans.suggestions", "/plans/suggestions", "megaphone", Permission.PLAN_VIEW.name(), 103);
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

	@GetMapping("/plans/suggestions")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String suggestions(Actor actor, Model model) {
		int year = plans.today().getYear();
		model.addAttribute("year", year);
		model.addAttribute("items", suggestions.list(actor, null, null));
		model.addAttribute("rates", suggestions.rates(year, null));
		return "plans/suggestions";
	}

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

	@GetMapping("/plans/tasks/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String task(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", plans.task(id, actor));
		return "plans/task";
	}

	@GetMapping("/plans/mine")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	String mine(Actor actor, Model model) {
		model.addAttribute("duePeriod", plans.duePeriod());
		model.addAttribute("tasks", plans.myTasks(actor));
		model.addAttribute("notices", reminders.notices(actor));
		return "plans/mine";
	}

	@GetMapping("/plans/ingest")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String upload() {
		return "plans/ingest";
	}

	@GetMapping("/plans/drafts/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String draft(@PathVariable long id, Model model) {
		IngestService.Draft draft = ingest.draft(id);
		model.addAttribute("draft", draft);
		// Thymeleaf's own serializer does not know records: the page gets the draft as JSON text.
		model.addAttribute("draftJson", json.writeValueAsString(draft.draft()));
		java.util.List<org.zhili.org.OrgUnit> choices = new java.util.ArrayList<>(units.departments());
		choices.addAll(units.streets());
		model.addAttribute("units", choices);
		return "plans/review";
	}
}
