package org.zhili.inspection.internal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Matters;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/**
 * 抽查计划: a department's plans of a year with their tasks (the district-wide offices see every department's), and
 * for the department's handler the forms to make a plan and to add a task to it.
 */
@Controller
class InspectionPlanPages {

	/** A plan and the tasks of it the reader sees. */
	record PlanBlock(InspectionPlan plan, List<TaskLine> tasks) {
	}

	/** A task as the list shows it: names resolved. */
	record TaskLine(InspectionTask task, String departments, String matters) {
	}

	private final InspectionPlans plans;
	private final Matters matters;
	private final OrgUnits units;
	private final InspectionRules rules;
	private final WorkingCalendar calendar;
	private final Clock clock;

	InspectionPlanPages(InspectionPlans plans, Matters matters, OrgUnits units, InspectionRules rules, WorkingCalendar calendar,
			Clock clock) {
		this.plans = plans;
		this.matters = matters;
		this.units = units;
		this.rules = rules;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/inspection/plans")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String plans(@RequestParam(required = false) Integer year, Actor actor, Model model) {
		int thisYear = LocalDate.ofInstant(clock.instant(), calendar.zone()).getYear();
		int shown = year == null ? thisYear : year;
		List<Matters.Matter> allMatters = matters.list(null);
		Map<Long, String> matterNames = allMatters.stream().collect(Collectors.toMap(Matters.Matter::id, Matters.Matter::name));

		Map<Long, InspectionPlan> byId = new LinkedHashMap<>();
		plans.plans(shown, actor).forEach(p -> byId.put(p.id(), p));
		Map<Long, List<TaskLine>> tasks = new LinkedHashMap<>();
		for (InspectionTask task : plans.tasksOf(shown, actor)) {
			byId.computeIfAbsent(task.planId(), id -> plans.plan(id, actor));
			tasks.computeIfAbsent(task.planId(), id -> new ArrayList<>()).add(line(task, matterNames));
		}
		List<PlanBlock> blocks = byId.values().stream()
			.map(p -> new PlanBlock(p, tasks.getOrDefault(p.id(), List.of()))).toList();

		String own = actor.scope().unitCode();
		boolean department = units.find(own).filter(u -> u.level() == UnitLevel.DEPARTMENT).isPresent();
		boolean canManage = department && actor.has(Permission.INSPECTION_MANAGE);
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
		model.addAttribute("blocks", blocks);
		model.addAttribute("canManage", canManage);
		if (canManage) {
			model.addAttribute("ownDepartment", own);
			model.addAttribute("ownPlans", blocks.stream().map(PlanBlock::plan).filter(p -> p.departmentCode().equals(own)).toList());
			model.addAttribute("matters", allMatters);
			model.addAttribute("jointCandidates", units.departments().stream().filter(u -> !u.code().equals(own))
				.filter(u -> allMatters.stream().anyMatch(m -> m.departmentCode().equals(u.code()))).toList());
			model.addAttribute("streets", units.streets());
			model.addAttribute("industries", allMatters.stream().flatMap(m -> m.industries().stream())
				.collect(Collectors.toCollection(TreeSet::new)));
			model.addAttribute("ratios", rules.defaultRatios());
			model.addAttribute("periodStart", LocalDate.of(shown, 1, 1));
			model.addAttribute("periodEnd", LocalDate.of(shown, 12, 31));
		}
		return "inspection/plans";
	}

	private TaskLine line(InspectionTask task, Map<Long, String> matterNames) {
		String departments = task.departments().stream().map(this::unitName).collect(Collectors.joining("、"));
		String names = task.matterIds().stream().map(id -> matterNames.containsKey(id) ? matterNames.get(id)
				: matters.find(id).map(Matters.Matter::name).orElse("#" + id))
			.collect(Collectors.joining("、"));
		return new TaskLine(task, departments, names);
	}

	private String unitName(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
