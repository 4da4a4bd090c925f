package org.zhili.plans.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnits;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.tasks.CommunityWork;
import org.zhili.plans.internal.Values;
import org.zhili.plans.internal.tasks.PlanClocks;
import org.zhili.platform.ApiProblem;

/**
 * Publishing a plan: the reviewer's version of a draft is checked whole (a 400 names every bad field), then the
 * plan, its sections, tasks with their milestones and report clocks, targets and last year's results are written
 * at once.
 */
@Service
@Transactional
public class PlanPublishing {

	private static final Set<String> COMPARATORS = Set.of("growth", "reach", "at_most", "at_least", "about");

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final AuditTrail audit;
	private final PlanClocks clocks;
	private final PlanTime time;
	private final CommunityWork communities;

	/** What publishing needs of a stored draft: the plan it was published as, if it was. */
	private record StoredDraft(Long planId) {
	}

	PlanPublishing(JdbcClient jdbc, OrgUnits units, AuditTrail audit, PlanClocks clocks, PlanTime time,
			CommunityWork communities) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.units = units;
		this.audit = audit;
		this.clocks = clocks;
		this.time = time;
	}

	/**
	 * A community the plan gives a task is checked against the 社区准入清单 (the publisher's unit unknown here): work
	 * off it is held back from the community until approved.
	 */
	private void admitCommunities(long taskId, PublishInput.TaskIn t, String by) {
		String lead = Values.blankToNull(t.leadUnit());
		List<String> co = Values.list(t.coUnits());
		CommunityWork.Admitted admitted = communities.admit(taskId, t.number(), t.title().strip(), lead, null, co,
				List.of(), null, null, by, null, time.now());
		if (!admitted.waiting().isEmpty()) {
			jdbc.sql("update plans.task set lead_unit = :lead, co_units = string_to_array(:co, ',') where id = :id")
				.param("lead", admitted.lead()).param("co", String.join(",", admitted.coUnits())).param("id", taskId)
				.update();
		}
	}

	/** Creates the plan from the reviewer's version of a draft; all or nothing. */
	public long publish(long draftId, PublishInput in, Actor actor) {
		StoredDraft draft = jdbc.sql("select plan_id from plans.draft where id = :id for update").param("id", draftId)
			.query((rs, n) -> new StoredDraft((Long) rs.getObject("plan_id"))).optional()
			.orElseThrow(() -> ApiProblem.notFound("draft_not_found", "草稿不存在"));
		Long existing = draft.planId();
		if (existing != null) {
			throw ApiProblem.conflict("already_published", "该草稿已发布为计划 " + existing);
		}
		long planId = create(in, draftId, actor.username());
		jdbc.sql("update plans.draft set plan_id = :p where id = :id").param("p", planId).param("id", draftId).update();
		audit.success("plans.plan.published", "plan:" + planId, "draft " + draftId + ": " + in.title());
		return planId;
	}

	/** Validates {@code in} completely before writing anything, then writes the plan. */
	public long create(PublishInput in, Long draftId, String by) {
		List<ApiProblem.FieldError> errors = validate(in);
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_plan", errors.get(0).message(), errors);
		}
		long planId = jdbc.sql("""
				insert into plans.plan (title, year, kind, description, draft_id, published, public, created_by)
				values (:title, :year, :kind, :description, :draft, true, :public, :by) returning id""")
			.param("title", in.title().strip()).param("year", in.year())
			.param("kind", in.kind() == null ? "WORK_POINTS" : in.kind()).param("description", in.description())
			.param("draft", draftId).param("public", Boolean.TRUE.equals(in.isPublic())).param("by", by)
			.query(Long.class).single();
		Map<String, Long> sectionIds = new HashMap<>();
		int position = 0;
		for (PublishInput.SectionIn s : Values.list(in.sections())) {
			if (Boolean.TRUE.equals(s.retrospective())) {
				continue;
			}
			Long parent = s.parent() == null ? null : sectionIds.get(s.parent());
			long id = jdbc.sql("""
					insert into plans.section (plan_id, parent_id, position, number, title, level)
					values (:plan, :parent, :pos, :number, :title, :level) returning id""")
				.param("plan", planId).param("parent", parent).param("pos", position++).param("number", s.number())
				.param("title", s.title().strip()).param("level", s.level() == null ? 1 : s.level())
				.query(Long.class).single();
			sectionIds.put(s.key(), id);
		}
		Map<String, Long> taskIds = new HashMap<>();
		position = 0;
		for (PublishInput.TaskIn t : Values.list(in.tasks())) {
			if (t.section() != null && !sectionIds.containsKey(t.section())) {
				continue; // a task of a review section
			}
			long id = jdbc.sql("""
					insert into plans.task (plan_id, section_id, position, number, title, text, lead_unit, co_units,
					    leader, deadline, weight, source_start, source_end)
					values (:plan, :section, :pos, :number, :title, :text, :lead, string_to_array(:co, ','), :leader,
					    :deadline, :weight, :start, :end) returning id""")
				.param("plan", planId).param("section", t.section() == null ? null : sectionIds.get(t.section()))
				.param("pos", position++).param("number", t.number()).param("title", t.title().strip())
				.param("text", t.text() == null ? t.title() : t.text()).param("lead", Values.blankToNull(t.leadUnit()))
				.param("co", String.join(",", Values.list(t.coUnits()))).param("leader", Values.blankToNull(t.leader()))
				.param("deadline", t.deadline() == null ? LocalDate.of(in.year(), 12, 31) : t.deadline())
				.param("weight", t.weight() == null ? BigDecimal.ONE : t.weight()).param("start", t.start())
				.param("end", t.end()).query(Long.class).single();
			if (t.key() != null) {
				taskIds.put(t.key(), id);
			}
			admitCommunities(id, t, by);
			clocks.report(id, YearMonth.from(time.today()));
			for (PublishInput.MilestoneIn m : Values.list(t.milestones())) {
				long milestone = jdbc.sql("insert into plans.milestone (task_id, due, deliverable) values (:t, :due, :d) "
						+ "returning id").param("t", id).param("due", m.due()).param("d", m.deliverable().strip())
					.query(Long.class).single();
				clocks.milestone(id, milestone, m.due(), time.now());
			}
		}
		for (PublishInput.TargetIn r : Values.list(in.actuals())) {
			jdbc.sql("""
					insert into plans.reported_result (plan_id, indicator, comparator, value, unit, qualifier, period, quote)
					values (:plan, :i, :c, :v, :u, :q, :p, :quote)""")
				.param("plan", planId).param("i", r.indicator()).param("c", r.comparator()).param("v", r.value())
				.param("u", r.unit()).param("q", r.qualifier()).param("p", r.period()).param("quote", r.quote()).update();
		}
		for (PublishInput.TargetIn g : Values.list(in.targets())) {
			BigDecimal baseline = g.baseline() != null ? g.baseline() : baseline(g, Values.list(in.actuals()));
			jdbc.sql("""
					insert into plans.target (plan_id, task_id, indicator, comparator, value, upper, unit, qualifier, period,
					    baseline, main, quote)
					values (:plan, :task, :i, :c, :v, :up, :u, :q, :p, :b, :main, :quote)""")
				.param("plan", planId).param("task", g.task() == null ? null : taskIds.get(g.task()))
				.param("i", g.indicator().strip()).param("c", g.comparator()).param("v", g.value()).param("up", g.upper())
				.param("u", g.unit()).param("q", g.qualifier()).param("p", g.period() == null ? in.year() : g.period())
				.param("b", baseline).param("main", Boolean.TRUE.equals(g.main())).param("quote", g.quote()).update();
		}
		return planId;
	}

	/** Last year's reported figure of the same indicator and kind (a growth for a growth), as the baseline. */
	private static BigDecimal baseline(PublishInput.TargetIn target, List<PublishInput.TargetIn> results) {
		boolean growth = target.comparator().equals("growth");
		return results.stream()
			.filter(r -> r.indicator() != null && r.indicator().equals(target.indicator()))
			.filter(r -> growth == "growth".equals(r.comparator()) && (growth || r.unit().equals(target.unit())))
			.map(PublishInput.TargetIn::value).findFirst().orElse(null);
	}

	private List<ApiProblem.FieldError> validate(PublishInput in) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		if (in.title() == null || in.title().isBlank() || in.title().length() > 200) {
			errors.add(new ApiProblem.FieldError("title", "标题不能为空，且不超过200字"));
		}
		if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
			errors.add(new ApiProblem.FieldError("year", "年份须在2000至2100之间"));
		}
		Set<String> keys = new java.util.HashSet<>();
		List<PublishInput.SectionIn> sections = Values.list(in.sections());
		for (int i = 0; i < sections.size(); i++) {
			PublishInput.SectionIn s = sections.get(i);
			if (s.key() == null || s.title() == null || s.title().isBlank()) {
				errors.add(new ApiProblem.FieldError("sections[" + i + "].title", "章节须有编号键和标题"));
			}
			else if (s.parent() != null && !keys.contains(s.parent())) {
				errors.add(new ApiProblem.FieldError("sections[" + i + "].parent", "上级章节 " + s.parent() + " 不存在或在其后"));
			}
			if (s.key() != null) {
				keys.add(s.key());
			}
		}
		List<PublishInput.TaskIn> tasks = Values.list(in.tasks());
		if (tasks.isEmpty()) {
			errors.add(new ApiProblem.FieldError("tasks", "计划至少需要一项任务"));
		}
		for (int i = 0; i < tasks.size(); i++) {
			PublishInput.TaskIn t = tasks.get(i);
			String f = "tasks[" + i + "]";
			if (t.title() == null || t.title().isBlank() || t.title().length() > 200) {
				errors.add(new ApiProblem.FieldError(f + ".title", "任务标题不能为空，且不超过200字"));
			}
			if (t.section() != null && !keys.contains(t.section())) {
				errors.add(new ApiProblem.FieldError(f + ".section", "章节 " + t.section() + " 不存在"));
			}
			if (t.leadUnit() != null && !t.leadUnit().isBlank() && units.find(t.leadUnit()).isEmpty()) {
				errors.add(new ApiProblem.FieldError(f + ".leadUnit", "牵头单位 " + t.leadUnit() + " 不存在"));
			}
			for (String co : Values.list(t.coUnits())) {
				if (units.find(co).isEmpty()) {
					errors.add(new ApiProblem.FieldError(f + ".coUnits", "配合单位 " + co + " 不存在"));
				}
			}
			if (t.weight() != null && (t.weight().signum() <= 0 || t.weight().compareTo(Values.HUNDRED) > 0)) {
				errors.add(new ApiProblem.FieldError(f + ".weight", "权重须大于0且不超过100"));
			}
			if (t.deadline() != null && (t.deadline().getYear() < 2000 || t.deadline().getYear() > 2100)) {
				errors.add(new ApiProblem.FieldError(f + ".deadline", "完成时限须在2000至2100年之间"));
			}
			List<PublishInput.MilestoneIn> ms = Values.list(t.milestones());
			for (int k = 0; k < ms.size(); k++) {
				if (ms.get(k).due() == null || ms.get(k).deliverable() == null || ms.get(k).deliverable().isBlank()) {
					errors.add(new ApiProblem.FieldError(f + ".milestones[" + k + "]", "节点须有日期和成果"));
				}
			}
		}
		List<PublishInput.TargetIn> targets = Values.list(in.targets());
		for (int i = 0; i < targets.size(); i++) {
			checkQuantity(targets.get(i), "targets[" + i + "]", errors);
		}
		List<PublishInput.TargetIn> actuals = Values.list(in.actuals());
		for (int i = 0; i < actuals.size(); i++) {
			checkQuantity(actuals.get(i), "actuals[" + i + "]", errors);
		}
		return errors;
	}

	private static void checkQuantity(PublishInput.TargetIn g, String f, List<ApiProblem.FieldError> errors) {
		if (g.indicator() == null || g.indicator().isBlank()) {
			errors.add(new ApiProblem.FieldError(f + ".indicator", "指标名称不能为空"));
		}
		if (g.comparator() == null || !COMPARATORS.contains(g.comparator())) {
			errors.add(new ApiProblem.FieldError(f + ".comparator", "比较方式须为 growth、reach、at_most、at_least 或 about"));
		}
		if (g.value() == null || g.value().abs().compareTo(new BigDecimal("1E12")) > 0) {
			errors.add(new ApiProblem.FieldError(f + ".value", "目标值须为不超过10^12的数"));
		}
		if (g.unit() == null || g.unit().isBlank() || g.unit().length() > 20) {
			errors.add(new ApiProblem.FieldError(f + ".unit", "单位不能为空"));
		}
	}
}
