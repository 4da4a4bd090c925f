package org.zhili.inspection.internal.draws;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Matters;
import org.zhili.inspection.internal.execution.Inspection;
import org.zhili.inspection.internal.execution.InspectionViews;
import org.zhili.inspection.internal.execution.InspectionWorkflow;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * The pages of a task's draws: the task with its draws and drawn inspections, the projector view of the draw
 * meeting, and — for everyone, without signing in — a draw's public record with its verification and the list of
 * draws the portal shows.
 */
@Controller
class DrawPages {

	private static final int PUBLIC_DRAWS = 100;

	private final InspectionPlans plans;
	private final DrawService draws;
	private final DrawStore store;
	private final DrawViews views;
	private final InspectionViews inspections;
	private final Matters matters;
	private final OrgUnits units;

	DrawPages(InspectionPlans plans, DrawService draws, DrawStore store, DrawViews views, InspectionViews inspections,
			Matters matters, OrgUnits units) {
		this.plans = plans;
		this.draws = draws;
		this.store = store;
		this.views = views;
		this.inspections = inspections;
		this.matters = matters;
		this.units = units;
	}

	@GetMapping("/inspection/tasks/{id:\\d+}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String task(@PathVariable long id, Actor actor, Model model) {
		InspectionTask task = plans.task(id, actor);
		List<DrawView> all = draws.ofTask(id, actor).stream().map(views::summary)
			.sorted(Comparator.comparingLong(DrawView::id).reversed()).toList();
		DrawView live = all.stream().filter(d -> !DrawRow.State.SUPERSEDED.name().equals(d.state())).findFirst().orElse(null);
		List<Inspection> drawn = inspections.ofTask(id, actor);
		boolean lead = leads(actor, task);
		model.addAttribute("task", task);
		model.addAttribute("plan", plans.plan(task.planId(), actor));
		model.addAttribute("departments", task.departments().stream().map(this::unitName).collect(Collectors.joining("、")));
		model.addAttribute("scope", scope(task));
		model.addAttribute("matters", task.matterIds().stream().map(matters::find).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("draws", all);
		model.addAttribute("live", live);
		model.addAttribute("inspections", drawn);
		model.addAttribute("publishable", drawn.stream().filter(i -> i.state() == InspectionWorkflow.State.COMPLETED).count());
		model.addAttribute("canCommit", lead && live == null);
		model.addAttribute("canDraw", lead && live != null && DrawRow.State.COMMITTED.name().equals(live.state()));
		model.addAttribute("canRedraw", lead && live != null && DrawRow.State.DRAWN.name().equals(live.state()));
		model.addAttribute("canPublish", lead);
		return "inspection/task";
	}

	/** The projector view of the draw meeting: the commitment before the draw, then the picks and the seed. */
	@GetMapping("/inspection/draws/{id:\\d+}/screen")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String screen(@PathVariable long id, Actor actor, Model model) {
		DrawRow row = draws.get(id, actor);
		InspectionTask task = plans.task(row.taskId(), actor);
		model.addAttribute("draw", views.full(row));
		model.addAttribute("canDraw", leads(actor, task) && row.state() == DrawRow.State.COMMITTED);
		addVerifyLinks(id, model);
		return "inspection/screen";
	}

	/** A draw's public record: the commitment, and once drawn the seed, the picks and the verification. */
	@GetMapping("/public/inspection/draws/{id:\\d+}")
	String publicDraw(@PathVariable long id, Model model) {
		DrawRow row = store.find(id).orElseThrow(() -> ApiProblem.notFound("draw_not_found", "没有这次抽取"));
		model.addAttribute("draw", views.full(row));
		addVerifyLinks(id, model);
		return "inspection/public-draw";
	}

	/** The public list of draws, newest first, as the portal's results page loads it. */
	@GetMapping("/public/inspection/draws")
	String publicDraws(Model model) {
		model.addAttribute("draws", store.all(PUBLIC_DRAWS).stream().map(views::summary).toList());
		return "inspection/fragments :: publicDraws";
	}

	private void addVerifyLinks(long id, Model model) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		model.addAttribute("publicUrl", base + "/public/inspection/draws/" + id);
		model.addAttribute("recordUrl", base + "/api/v1/public/inspection/draws/" + id + "/record");
	}

	/** Only the lead department's handler commits, draws and publishes (谁检查、谁公开). */
	private static boolean leads(Actor actor, InspectionTask task) {
		return actor.has(Permission.INSPECTION_MANAGE) && task.leadDepartment().equals(actor.scope().unitCode());
	}

	/** Which subjects the task draws from, as people read it; {@code null} when all. */
	private String scope(InspectionTask task) {
		List<String> parts = new java.util.ArrayList<>(task.filter().industries());
		task.filter().streetCodes().stream().map(this::unitName).forEach(parts::add);
		parts.addAll(task.filter().tags());
		return parts.isEmpty() ? null : String.join("、", parts);
	}

	private String unitName(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
