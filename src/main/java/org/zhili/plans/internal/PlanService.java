package org.zhili.plans.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.plans.TaskStatus;
import org.zhili.process.Inbox;
import org.zhili.process.SupervisionLevel;

/**
 * Plans, their tasks and targets: publishing a reviewed draft, progress reports, 督办, milestones, actual values,
 * and the views with statuses and weighted progress. A unit account sees the tasks its unit leads or helps with
 * (and the plans holding them); district-wide accounts see everything.
 */
@Service
@Transactional
public class PlanService {

	private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:-(0[1-9]|1[0-2]))?$");
	private static final Set<String> COMPARATORS = Set.of("growth", "reach", "at_most", "at_least", "about");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Inbox inbox;
	private final PlanClocks clocks;
	private final Clock clock;

	PlanService(JdbcClient jdbc, OrgUnits units, WorkingCalendar calendar, AuditTrail audit, Inbox inbox,
			PlanClocks clocks, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.inbox = inbox;
		this.clocks = clocks;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	// ---- publishing ----------------------------------------------------------------------------------

	/** Creates the plan from the reviewer's version of a draft; all or nothing. */
	long publish(long draftId, PublishInput in, Actor actor) {
		Map<String, Object> draft = jdbc.sql("select plan_id from plans.draft where id = :id for update").param("id", draftId)
			.query().listOfRows().stream().findFirst()
			.orElseThrow(() -> ApiProblem.notFound("draft_not_found", "草稿不存在"));
		Object existing = draft.get("plan_id");
		if (existing != null) {
			throw ApiProblem.conflict("already_published", "该草稿已发布为计划 " + existing);
		}
		long planId = create(in, draftId, actor.username());
		jdbc.sql("update plans.draft set plan_id = :p where id = :id").param("p", planId).param("id", draftId).update();
		audit.success("plans.plan.published", "plan:" + planId, "draft " + draftId + ": " + in.title());
		return planId;
	}

	/** Validates {@code in} completely before writing anything, then writes the plan. */
	long create(PublishInput in, Long draftId, String by) {
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
		for (PublishInput.SectionIn s : list(in.sections())) {
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
		for (PublishInput.TaskIn t : list(in.tasks())) {
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
				.param("text", t.text() == null ? t.title() : t.text()).param("lead", blankToNull(t.leadUnit()))
				.param("co", String.join(",", list(t.coUnits()))).param("leader", blankToNull(t.leader()))
				.param("deadline", t.deadline() == null ? LocalDate.of(in.year(), 12, 31) : t.deadline())
				.param("weight", t.weight() == null ? BigDecimal.ONE : t.weight()).param("start", t.start())
				.param("end", t.end()).query(Long.class).single();
			if (t.key() != null) {
				taskIds.put(t.key(), id);
			}
			clocks.report(id, YearMonth.from(today()));
			for (PublishInput.MilestoneIn m : list(t.milestones())) {
				long milestone = jdbc.sql("insert into plans.milestone (task_id, due, deliverable) values (:t, :due, :d) "
						+ "returning id").param("t", id).param("due", m.due()).param("d", m.deliverable().strip())
					.query(Long.class).single();
				clocks.milestone(id, milestone, m.due(), now());
			}
		}
		for (PublishInput.TargetIn r : list(in.actuals())) {
			jdbc.sql("""
					insert into plans.reported_result (plan_id, indicator, comparator, value, unit, qualifier, period, quote)
					values (:plan, :i, :c, :v, :u, :q, :p, :quote)""")
				.param("plan", planId).param("i", r.indicator()).param("c", r.comparator()).param("v", r.value())
				.param("u", r.unit()).param("q", r.qualifier()).param("p", r.period()).param("quote", r.quote()).update();
		}
		for (PublishInput.TargetIn g : list(in.targets())) {
			BigDecimal baseline = g.baseline() != null ? g.baseline() : baseline(g, list(in.actuals()));
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
		List<PublishInput.SectionIn> sections = list(in.sections());
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
		List<PublishInput.TaskIn> tasks = list(in.tasks());
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
			for (String co : list(t.coUnits())) {
				if (units.find(co).isEmpty()) {
					errors.add(new ApiProblem.FieldError(f + ".coUnits", "配合单位 " + co + " 不存在"));
				}
			}
			if (t.weight() != null && (t.weight().signum() <= 0 || t.weight().compareTo(HUNDRED) > 0)) {
				errors.add(new ApiProblem.FieldError(f + ".weight", "权重须大于0且不超过100"));
			}
			if (t.deadline() != null && (t.deadline().getYear() < 2000 || t.deadline().getYear() > 2100)) {
				errors.add(new ApiProblem.FieldError(f + ".deadline", "完成时限须在2000至2100年之间"));
			}
			List<PublishInput.MilestoneIn> ms = list(t.milestones());
			for (int k = 0; k < ms.size(); k++) {
				if (ms.get(k).due() == null || ms.get(k).deliverable() == null || ms.get(k).deliverable().isBlank()) {
					errors.add(new ApiProblem.FieldError(f + ".milestones[" + k + "]", "节点须有日期和成果"));
				}
			}
		}
		List<PublishInput.TargetIn> targets = list(in.targets());
		for (int i = 0; i < targets.size(); i++) {
			checkQuantity(targets.get(i), "targets[" + i + "]", errors);
		}
		List<PublishInput.TargetIn> actuals = list(in.actuals());
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

	// ---- reading -------------------------------------------------------------------------------------

	/** Whether the actor sees every plan (a district-wide scope). */
	boolean seesAll(Actor actor) {
		return actor.scope().covers(units.district().path());
	}

	/** Whether the unit with this code is inside the actor's scope. */
	boolean covers(Actor actor, String unitCode) {
		return units.find(unitCode).map(u -> actor.scope().covers(u.path())).orElse(false);
	}

	/** Whether the actor's unit leads or helps with the task. */
	boolean concerns(Actor actor, TaskRow t) {
		return seesAll(actor) || covers(actor, t.leadUnit()) || t.coUnits().stream().anyMatch(c -> covers(actor, c));
	}

	record TaskRow(long id, long planId, Long sectionId, int position, String number, String title, String text,
			String leadUnit, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight) {
	}

	private static TaskRow taskRow(ResultSet rs, int n) throws SQLException {
		Array co = rs.getArray("co_units");
		return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("section_id"), rs.getInt("position"),
				rs.getString("number"), rs.getString("title"), rs.getString("text"), rs.getString("lead_unit"),
				co == null ? List.of() : Arrays.asList((String[]) co.getArray()), rs.getString("leader"),
				rs.getObject("deadline", LocalDate.class), rs.getBigDecimal("weight"));
	}

	private List<TaskRow> tasks(String where, Map<String, ?> params) {
		return jdbc.sql("select * from plans.task where " + where + " order by plan_id, position").params(params)
			.query(PlanService::taskRow).list();
	}

	/** The latest report of each task not sent back, and the milestones: what a status needs. */
	private Map<Long, PlanViews.TaskSummary> summaries(List<TaskRow> rows) {
		Map<Long, PlanViews.TaskSummary> out = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			return out;
		}
		List<Long> ids = rows.stream().map(TaskRow::id).toList();
		Map<Long, PlanViews.Report> latest = latestReports(ids);
		Map<Long, List<StatusRule.Node>> nodes = new HashMap<>();
		jdbc.sql("select task_id, due, done_at from plans.milestone where task_id in (:ids)").param("ids", ids)
			.query(rs -> {
				nodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new StatusRule.Node(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
			});
		LocalDate today = today();
		for (TaskRow t : rows) {
			PlanViews.Report l = latest.get(t.id());
			int percent = l == null ? 0 : l.percent();
			TaskStatus status = StatusRule.of(percent, l != null, t.deadline(), nodes.getOrDefault(t.id(), List.of()),
					today, calendar);
			out.put(t.id(), new PlanViews.TaskSummary(t.id(), t.planId(), t.sectionId(), t.number(), t.title(),
					t.leadUnit(), unitName(t.leadUnit()), t.coUnits(), t.leader(), t.deadline(), t.weight(), percent,
					status, status.label(), l == null ? null : l.period()));
		}
		return out;
	}

	String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::shortName).orElse(code);
	}

	@Transactional(readOnly = true)
	public List<PlanViews.PlanSummary> plans(Actor actor) {
		// the tasks of all plans and their statuses read at once, not plan by plan
		List<TaskRow> visible = tasks("true", Map.of()).stream().filter(t -> concerns(actor, t)).toList();
		Map<Long, List<PlanViews.TaskSummary>> byPlan = new HashMap<>();
		summaries(visible).values().forEach(t -> byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
		List<PlanViews.PlanSummary> out = new ArrayList<>();
		for (Map<String, Object> p : jdbc.sql("select * from plans.plan order by year desc, id desc").query().listOfRows()) {
			List<PlanViews.TaskSummary> tasks = byPlan.get(((Number) p.get("id")).longValue());
			if (tasks == null && !seesAll(actor)) {
				continue;
			}
			out.add(summary(p, tasks == null ? List.of() : tasks));
		}
		return out;
	}

	private static PlanViews.PlanSummary summary(Map<String, Object> p, java.util.Collection<PlanViews.TaskSummary> tasks) {
		Map<TaskStatus, Integer> statuses = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			statuses.put(s, 0);
		}
		tasks.forEach(t -> statuses.merge(t.status(), 1, Integer::sum));
		return new PlanViews.PlanSummary(((Number) p.get("id")).longValue(), (String) p.get("title"),
				((Number) p.get("year")).intValue(), (String) p.get("kind"), (Boolean) p.get("published"),
				(Boolean) p.get("public"), weighted(tasks), tasks.size(), statuses);
	}

	/** Σ weight × progress / Σ weight, one decimal; {@code null} without tasks. */
	static BigDecimal weighted(java.util.Collection<PlanViews.TaskSummary> tasks) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (PlanViews.TaskSummary t : tasks) {
			sum = sum.add(t.weight().multiply(BigDecimal.valueOf(t.progress())));
			weights = weights.add(t.weight());
		}
		return weights.signum() == 0 ? null : sum.divide(weights, 1, RoundingMode.HALF_UP);
	}

	@Transactional(readOnly = true)
	public PlanViews.PlanTree tree(long planId, Actor actor) {
		Map<String, Object> p = jdbc.sql("select * from plans.plan where id = :id").param("id", planId).query().listOfRows()
			.stream().findFirst().orElseThrow(() -> ApiProblem.notFound("plan_not_found", "计划不存在"));
		List<TaskRow> rows = tasks("plan_id = :p", Map.of("p", planId)).stream().filter(t -> concerns(actor, t)).toList();
		if (rows.isEmpty() && !seesAll(actor)) {
			throw ApiProblem.notFound("plan_not_found", "计划不存在");
		}
		Map<Long, PlanViews.TaskSummary> summaries = summaries(rows);
		record S(long id, Long parent, String number, String title, int level) {
		}
		List<S> sections = jdbc.sql("select * from plans.section where plan_id = :p order by position").param("p", planId)
			.query((rs, n) -> new S(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("number"),
					rs.getString("title"), rs.getInt("level")))
			.list();
		Map<Long, List<S>> children = new HashMap<>();
		sections.forEach(s -> children.computeIfAbsent(s.parent() == null ? 0L : s.parent(), k -> new ArrayList<>()).add(s));
		Map<Long, List<PlanViews.TaskSummary>> bySection = new HashMap<>();
		summaries.values().forEach(t -> bySection.computeIfAbsent(t.sectionId() == null ? 0L : t.sectionId(),
				k -> new ArrayList<>()).add(t));
		java.util.function.Function<Long, List<PlanViews.SectionNode>> build = new java.util.function.Function<>() {
			@Override
			public List<PlanViews.SectionNode> apply(Long parent) {
				List<PlanViews.SectionNode> nodes = new ArrayList<>();
				for (S s : children.getOrDefault(parent, List.of())) {
					List<PlanViews.SectionNode> sub = apply(s.id());
					List<PlanViews.TaskSummary> own = bySection.getOrDefault(s.id(), List.of());
					List<PlanViews.TaskSummary> all = new ArrayList<>(own);
					PlanViews.collect(sub, all);
					if (all.isEmpty() && !seesAll(actor)) {
						continue;
					}
					nodes.add(new PlanViews.SectionNode(s.id(), s.number(), s.title(), s.level(), weighted(all), sub, own));
				}
				return nodes;
			}
		};
		List<PlanViews.SectionNode> tree = build.apply(0L);
		List<PlanViews.TargetView> targets = targets("plan_id = :p", Map.of("p", planId));
		List<PlanViews.Result> results = jdbc.sql("select * from plans.reported_result where plan_id = :p order by id")
			.param("p", planId)
			.query((rs, n) -> new PlanViews.Result(rs.getString("indicator"), rs.getString("comparator"),
					plain(rs.getBigDecimal("value")), rs.getString("unit"), rs.getString("qualifier"), (Integer) rs.getObject("period"),
					rs.getString("quote")))
			.list();
		return new PlanViews.PlanTree(summary(p, summaries.values()), (String) p.get("description"), tree,
				bySection.getOrDefault(0L, List.of()), targets, results);
	}

	List<PlanViews.TargetView> targets(String where, Map<String, ?> params) {
		record G(long id, long plan, Long task, String indicator, String comparator, BigDecimal value, BigDecimal upper,
				String unit, String qualifier, int period, BigDecimal baseline, boolean main, String quote) {
		}
		List<G> gs = jdbc.sql("select * from plans.target where " + where + " order by main desc, id").params(params)
			.query((rs, n) -> new G(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("task_id"),
					rs.getString("indicator"), rs.getString("comparator"), rs.getBigDecimal("value"),
					rs.getBigDecimal("upper"), rs.getString("unit"), rs.getString("qualifier"), rs.getInt("period"),
					rs.getBigDecimal("baseline"), rs.getBoolean("main"), rs.getString("quote")))
			.list();
		if (gs.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PlanViews.Actual>> actuals = new HashMap<>();
		jdbc.sql("select * from plans.actual where target_id in (:ids) order by period")
			.param("ids", gs.stream().map(G::id).toList())
			.query(rs -> {
				actuals.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>()).add(new PlanViews.Actual(
						rs.getString("period"), plain(rs.getBigDecimal("value")), rs.getString("source"), rs.getString("note")));
			});
		return gs.stream().map(g -> {
			List<PlanViews.Actual> as = actuals.getOrDefault(g.id(), List.of());
			TargetAssessment.Outcome o = TargetAssessment.assess(g.comparator(), g.value(), g.upper(), g.unit(),
					g.qualifier(), as);
			return new PlanViews.TargetView(g.id(), g.plan(), g.task(), g.indicator(), g.comparator(),
					TargetAssessment.comparatorLabel(g.comparator()), plain(g.value()), plain(g.upper()), g.unit(),
					g.qualifier(), g.period(), plain(g.baseline()), g.main(), g.quote(), as, o.code(),
					o.label(), o.phrase());
		}).toList();
	}

	/** Without trailing zeros and never in exponent form (30, not 3E+1). */
	static BigDecimal plain(BigDecimal v) {
		return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
	}

	TaskRow taskRow(long taskId, Actor actor) {
		return tasks("id = :id", Map.of("id", taskId)).stream().filter(t -> concerns(actor, t)).findFirst()
			.orElseThrow(() -> ApiProblem.notFound("task_not_found", "任务不存在"));
	}

	@Transactional(readOnly = true)
	public PlanViews.TaskDetail task(long taskId, Actor actor) {
		TaskRow t = taskRow(taskId, actor);
		PlanViews.TaskSummary s = summaries(List.of(t)).get(t.id());
		LocalDate today = today();
		List<PlanViews.Milestone> ms = jdbc.sql("select * from plans.milestone where task_id = :t order by due, id")
			.param("t", taskId)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due", LocalDate.class);
				LocalDate done = rs.getObject("done_at", LocalDate.class);
				return new PlanViews.Milestone(rs.getLong("id"), due, rs.getString("deliverable"), done,
						done == null && today.isAfter(StatusRule.lastDay(due, calendar)));
			}).list();
		List<PlanViews.Report> reports = jdbc.sql("select * from plans.progress_report where task_id = :t order by submitted_at desc, id desc")
			.param("t", taskId).query(PlanService::report).list();
		List<PlanViews.Supervision> sups = supervisions(taskId);
		List<PlanViews.Event> timeline = new ArrayList<>();
		for (PlanViews.Milestone m : ms) {
			timeline.add(new PlanViews.Event(m.due().atTime(17, 30).atZone(ChinaTime.ZONE).toInstant(), "milestone",
					"节点：" + m.deliverable() + (m.doneAt() != null ? "（" + m.doneAt() + " 完成）" : m.overdue() ? "（逾期）" : "")));
		}
		for (PlanViews.Report r : reports) {
			timeline.add(new PlanViews.Event(r.submittedAt(), "report", r.period() + " 进展 " + r.percent() + "%：" + r.text()));
		}
		for (PlanViews.Supervision v : sups) {
			timeline.add(new PlanViews.Event(v.createdAt(), "supervision", v.levelLabel() + "：" + v.note()));
			if (v.repliedAt() != null) {
				timeline.add(new PlanViews.Event(v.repliedAt(), "reply", "督办回复：" + v.reply()));
			}
		}
		timeline.sort(Comparator.comparing(PlanViews.Event::at));
		String planTitle = jdbc.sql("select title from plans.plan where id = :p").param("p", t.planId()).query(String.class)
			.single();
		return new PlanViews.TaskDetail(s, planTitle, t.text(), t.coUnits().stream().map(this::unitName).toList(), ms,
				reports, sups, targets("task_id = :t", Map.of("t", taskId)), timeline);
	}

	private static PlanViews.Report report(ResultSet rs, int n) throws SQLException {
		return new PlanViews.Report(rs.getLong("id"), rs.getString("unit_code"), rs.getString("period"), rs.getInt("percent"),
				rs.getString("text"), Arrays.asList((String[]) rs.getArray("evidence").getArray()),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getString("review"),
				rs.getString("review_note"));
	}

	/** The latest report of each of the tasks that was not sent back (the one their progress comes from). */
	Map<Long, PlanViews.Report> latestReports(java.util.Collection<Long> taskIds) {
		Map<Long, PlanViews.Report> latest = new HashMap<>();
		if (taskIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("""
				select distinct on (task_id) * from plans.progress_report
				where task_id in (:ids) and review <> 'RETURNED' order by task_id, submitted_at desc, id desc""")
			.param("ids", taskIds).query(rs -> {
				latest.put(rs.getLong("task_id"), report(rs, 0));
			});
		return latest;
	}

	private List<PlanViews.Supervision> supervisions(long taskId) {
		LocalDate today = today();
		return jdbc.sql("select * from plans.supervision where task_id = :t order by created_at").param("t", taskId)
			.query((rs, n) -> {
				String level = rs.getString("level");
				LocalDate due = rs.getObject("reply_due", LocalDate.class);
				return new PlanViews.Supervision(rs.getLong("id"), level, levelLabel(level), rs.getString("note"), due,
						rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("reply"),
						rs.getTimestamp("replied_at") == null ? null : rs.getTimestamp("replied_at").toInstant(),
						rs.getString("reply") == null && today.isAfter(due));
			}).list();
	}

	/** The level's name as people read it (the process kit's one set of 督办 levels). */
	static String levelLabel(String level) {
		return SupervisionLevel.of(level).label();
	}

	/** The tasks of the actor's unit (led or helped with), not finished, with whether this month's report is due. */
	@Transactional(readOnly = true)
	public List<PlanViews.TaskSummary> myTasks(Actor actor) {
		if (seesAll(actor)) {
			return List.of(); // a district-wide account has no tasks of its own unit
		}
		List<TaskRow> rows = tasks("true", Map.of()).stream().filter(t -> concerns(actor, t)).toList();
		return new ArrayList<>(summaries(rows).values());
	}

	/** The period a report is due for now: last month, until it has been reported. */
	String duePeriod() {
		return YearMonth.from(today()).minusMonths(1).toString();
	}

	// ---- writing -------------------------------------------------------------------------------------

	long report(long taskId, Actor actor, Integer percent, String text, String period, List<String> evidence) {
		TaskRow t = taskRow(taskId, actor);
		String unit = reportingUnit(actor, t);
		if (percent == null || percent < 0 || percent > 100) {
			throw ApiProblem.badInput("percent", "invalid_percent", "进度须为0到100之间的整数");
		}
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw ApiProblem.badInput("text", "invalid_text", "进展情况不能为空，且不超过4000字");
		}
		String p = period == null || period.isBlank() ? YearMonth.from(today()).toString() : period.strip();
		if (!p.matches("\\d{4}-(0[1-9]|1[0-2])") || YearMonth.parse(p).isAfter(YearMonth.from(today()))) {
			throw ApiProblem.badInput("period", "invalid_period", "报告月份须为 yyyy-MM 格式，且不晚于本月");
		}
		List<String> files = evidence == null ? List.of() : evidence;
		if (files.size() > 20 || files.stream().anyMatch(f -> f == null || f.isBlank() || f.length() > 200)) {
			throw ApiProblem.badInput("evidence", "invalid_evidence", "佐证材料最多20项，每项名称不超过200字");
		}
		long id = jdbc.sql("""
				insert into plans.progress_report (task_id, unit_code, period, percent, text, evidence, submitted_at, submitted_by)
				values (:t, :u, :p, :pc, :text, string_to_array(:ev, '|'), :at, :by) returning id""")
			.param("t", taskId).param("u", unit).param("p", p).param("pc", percent).param("text", text.strip())
			.param("ev", String.join("|", files)).param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", actor.username()).query(Long.class).single();
		return id;
	}

	/** The unit a report is made for: the lead unit, or a co-unit when the actor belongs to one. */
	private String reportingUnit(Actor actor, TaskRow t) {
		if (!actor.has(Permission.PLAN_REPORT)) {
			throw ApiProblem.forbidden("not_a_reporting_unit", "只有牵头或配合单位可以报送进展");
		}
		if (covers(actor, t.leadUnit())) {
			return t.leadUnit();
		}
		return t.coUnits().stream().filter(c -> covers(actor, c))
			.findFirst().orElseThrow(() -> ApiProblem.forbidden("not_a_reporting_unit", "只有牵头或配合单位可以报送进展"));
	}

	void review(long reportId, Actor actor, boolean accept, String note) {
		if (!accept && (note == null || note.isBlank())) {
			throw ApiProblem.badInput("note", "note_required", "退回须说明理由");
		}
		int n = jdbc.sql("""
				update plans.progress_report set review = :r, review_note = :note, reviewed_by = :by, reviewed_at = :at
				where id = :id and review = 'SUBMITTED'""")
			.param("r", accept ? "ACCEPTED" : "RETURNED").param("note", note).param("by", actor.username())
			.param("at", java.sql.Timestamp.from(clock.instant())).param("id", reportId).update();
		if (n == 0) {
			throw ApiProblem.conflict("not_reviewable", "该报告不存在或已审核");
		}
	}

	long supervise(long taskId, Actor actor, String levelName, String note, Integer replyWorkingDays) {
		TaskRow t = taskRow(taskId, actor);
		SupervisionLevel level;
		try {
			level = SupervisionLevel.of(levelName);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("level", "invalid_level",
					"督办级别须为 REMINDER（提醒）、URGE（催办）、YELLOW（黄牌）、RED（红牌）或 INTERVIEW（约谈）");
		}
		if (note == null || note.isBlank() || note.length() > 2000) {
			throw ApiProblem.badInput("note", "invalid_note", "督办意见不能为空，且不超过2000字");
		}
		int days = replyWorkingDays == null ? 5 : replyWorkingDays;
		if (days < 1 || days > 60) {
			throw ApiProblem.badInput("replyWorkingDays", "invalid_days", "回复时限须为1至60个工作日");
		}
		LocalDate due = calendar.addWorkingDays(today(), days);
		long id = jdbc.sql("""
				insert into plans.supervision (task_id, level, note, reply_due, created_at, created_by)
				values (:t, :l, :n, :due, :at, :by) returning id""")
			.param("t", taskId).param("l", level.name()).param("n", note.strip()).param("due", due)
			.param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
		if (t.leadUnit() != null) {
			notice(t.leadUnit(), PlanMessage.SUPERVISION, taskId, t.title(), level.label() + "：" + t.title() + "（" + due + " 前回复）",
					"supervision-" + id);
		}
		audit.success("plans.task.supervised", "task:" + taskId, level.name() + ", reply due " + due);
		return id;
	}

	void reply(long supervisionId, Actor actor, String reply) {
		Long taskId = jdbc.sql("select task_id from plans.supervision where id = :id").param("id", supervisionId)
			.query(Long.class).optional().orElseThrow(() -> ApiProblem.notFound("supervision_not_found", "督办不存在"));
		reportingUnit(actor, taskRow(taskId, actor));
		if (reply == null || reply.isBlank() || reply.length() > 4000) {
			throw ApiProblem.badInput("reply", "invalid_reply", "回复不能为空，且不超过4000字");
		}
		int n = jdbc.sql("update plans.supervision set reply = :r, replied_at = :at, replied_by = :by where id = :id and reply is null")
			.param("r", reply.strip()).param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.username())
			.param("id", supervisionId).update();
		if (n == 0) {
			throw ApiProblem.conflict("already_replied", "该督办已回复");
		}
	}

	long addMilestone(long taskId, Actor actor, LocalDate due, String deliverable) {
		taskRow(taskId, actor);
		if (due == null || due.getYear() < 2000 || due.getYear() > 2100) {
			throw ApiProblem.badInput("due", "invalid_due", "节点日期须在2000至2100年之间");
		}
		if (deliverable == null || deliverable.isBlank() || deliverable.length() > 500) {
			throw ApiProblem.badInput("deliverable", "invalid_deliverable", "节点成果不能为空，且不超过500字");
		}
		long id = jdbc.sql("insert into plans.milestone (task_id, due, deliverable) values (:t, :d, :x) returning id")
			.param("t", taskId).param("d", due).param("x", deliverable.strip()).query(Long.class).single();
		clocks.milestone(taskId, id, due, now());
		return id;
	}

	void completeMilestone(long milestoneId, Actor actor) {
		Long taskId = jdbc.sql("select task_id from plans.milestone where id = :id").param("id", milestoneId)
			.query(Long.class).optional().orElseThrow(() -> ApiProblem.notFound("milestone_not_found", "节点不存在"));
		reportingUnit(actor, taskRow(taskId, actor));
		jdbc.sql("update plans.milestone set done_at = :d where id = :id and done_at is null").param("d", today())
			.param("id", milestoneId).update();
		clocks.milestoneDone(taskId, milestoneId, now());
	}

	void assign(long taskId, Actor actor, String lead, List<String> co, String leader, LocalDate deadline,
			BigDecimal weight) {
		TaskRow t = taskRow(taskId, actor);
		if (lead != null && !lead.isBlank() && units.find(lead).isEmpty()) {
			throw ApiProblem.badInput("leadUnit", "unknown_unit", "牵头单位 " + lead + " 不存在");
		}
		for (String c : co == null ? List.<String>of() : co) {
			if (units.find(c).isEmpty()) {
				throw ApiProblem.badInput("coUnits", "unknown_unit", "配合单位 " + c + " 不存在");
			}
		}
		if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0)) {
			throw ApiProblem.badInput("weight", "invalid_weight", "权重须大于0且不超过100");
		}
		jdbc.sql("""
				update plans.task set lead_unit = :lead, co_units = string_to_array(:co, ','), leader = :leader,
				    deadline = :deadline, weight = :weight where id = :id""")
			.param("lead", lead == null ? t.leadUnit() : blankToNull(lead))
			.param("co", String.join(",", co == null ? t.coUnits() : co))
			.param("leader", leader == null ? t.leader() : blankToNull(leader))
			.param("deadline", deadline == null ? t.deadline() : deadline)
			.param("weight", weight == null ? t.weight() : weight).param("id", taskId).update();
		audit.success("plans.task.assigned", "task:" + taskId, "lead " + lead);
	}

	/** Records (or corrects) the actual value of a target for a year or a month; absurd figures are refused. */
	void recordActual(long targetId, Actor actor, String period, BigDecimal value, String note, String source) {
		Map<String, Object> g = jdbc.sql("select * from plans.target where id = :id").param("id", targetId).query()
			.listOfRows().stream().findFirst().orElseThrow(() -> ApiProblem.notFound("target_not_found", "指标不存在"));
		if (period == null || !PERIOD.matcher(period.strip()).matches()) {
			throw ApiProblem.badInput("period", "invalid_period", "期间须为年份（2026）或月份（2026-06）");
		}
		int year = Integer.parseInt(period.strip().substring(0, 4));
		int targetYear = ((Number) g.get("period")).intValue();
		if (Math.abs(year - targetYear) > 1) {
			throw ApiProblem.badInput("period", "period_out_of_range", "期间须在指标年度 " + targetYear + " 前后一年内");
		}
		String absurd = absurd((String) g.get("unit"), (String) g.get("comparator"), (BigDecimal) g.get("value"), value);
		if (absurd != null) {
			throw ApiProblem.badInput("value", "absurd_value", absurd);
		}
		jdbc.sql("""
				insert into plans.actual (target_id, period, value, note, source, recorded_at, recorded_by)
				values (:t, :p, :v, :n, :s, :at, :by)
				on conflict (target_id, period) do update set value = excluded.value, note = excluded.note,
				    source = excluded.source, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
			.param("t", targetId).param("p", period.strip()).param("v", value).param("n", note)
			.param("s", source == null ? "ENTERED" : source).param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", actor.username()).update();
	}

	/**
	 * Why a figure cannot be right, or {@code null}: a percentage beyond −100…1000 (a share beyond 0…100), a negative
	 * count or amount, or more than 1000 times the target.
	 */
	static String absurd(String unit, String comparator, BigDecimal target, BigDecimal value) {
		if (value == null) {
			return "实际值不能为空";
		}
		if (unit.equals("%") || unit.equals("个百分点")) {
			if (comparator.equals("growth")) {
				return value.compareTo(BigDecimal.valueOf(-100)) < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0
						? "增速 " + value.toPlainString() + "% 不可信：须在 -100% 至 1000% 之间" : null;
			}
			return value.signum() < 0 || value.compareTo(HUNDRED) > 0 ? "比率 " + value.toPlainString() + "% 不可信：须在 0 至 100% 之间"
					: null;
		}
		if (value.signum() < 0) {
			return "数量不能为负：" + value.toPlainString() + unit;
		}
		if (target.signum() > 0 && value.compareTo(target.multiply(BigDecimal.valueOf(1000))) > 0) {
			return "实际值 " + value.toPlainString() + unit + " 超过目标的1000倍，不可信";
		}
		return null;
	}

	void setPublic(long planId, Actor actor, boolean isPublic) {
		int n = jdbc.sql("update plans.plan set public = :p where id = :id").param("p", isPublic).param("id", planId).update();
		if (n == 0) {
			throw ApiProblem.notFound("plan_not_found", "计划不存在");
		}
		audit.success("plans.plan.visibility", "plan:" + planId, "public " + isPublic);
	}

	// ---- reminders -----------------------------------------------------------------------------------

	/** Tells a unit about a task or suggestion through the inbox, once per {@code dedupeKey}. */
	void notice(String unit, PlanMessage kind, long itemId, String itemRef, String message, String dedupeKey) {
		inbox.post(kind.to(unit, itemId, itemRef, message, clock.instant(), dedupeKey));
	}

	/** A milestone's clock ran out: its task's lead unit is told once, unless it was met meanwhile. */
	void milestoneOverdue(long milestoneId) {
		jdbc.sql("""
				select m.id, m.due, m.deliverable, t.id as task_id, t.title, t.lead_unit from plans.milestone m
				join plans.task t on t.id = m.task_id where m.id = :id and m.done_at is null and t.lead_unit is not null""")
			.param("id", milestoneId).query().listOfRows().forEach(m -> {
				notice((String) m.get("lead_unit"), PlanMessage.MILESTONE_OVERDUE, ((Number) m.get("task_id")).longValue(),
						(String) m.get("title"), "节点逾期，任务滞后：" + m.get("title") + "（" + m.get("deliverable") + "，"
								+ m.get("due") + "）", "milestone-" + milestoneId);
				jdbc.sql("update plans.milestone set notified = true where id = :id").param("id", milestoneId).update();
			});
	}

	/**
	 * A month's report clock ran out: the lead unit of a task still open is told if the month's report is missing.
	 *
	 * @return whether the task is still open (its next month's report is due too)
	 */
	boolean reportDue(long taskId, YearMonth month, LocalDate limit) {
		List<TaskRow> rows = tasks("id = :t", Map.of("t", taskId));
		if (rows.isEmpty()) {
			return false;
		}
		PlanViews.TaskSummary s = summaries(rows).values().iterator().next();
		if (s.status() == TaskStatus.DONE || s.status() == TaskStatus.UNFINISHED) {
			return false;
		}
		boolean reported = jdbc.sql("""
				select exists (select 1 from plans.progress_report where task_id = :t and period = :p and review <> 'RETURNED')""")
			.param("t", taskId).param("p", month.toString()).query(Boolean.class).single();
		if (!reported && s.leadUnit() != null) {
			notice(s.leadUnit(), PlanMessage.REPORT_DUE, taskId, s.title(),
					"请报送 " + month + " 进展：" + s.title() + "（时限 " + limit + "）", "report-" + taskId + "-" + month);
		}
		return true;
	}

	/** 立即催报: the reminders whose time has come are sent now rather than when their timers go off. */
	int remindNow() {
		return clocks.remindNow();
	}

	/** The unit's messages about tasks and suggestions, newest first. */
	@Transactional(readOnly = true)
	public List<Inbox.Entry> notices(Actor actor) {
		return inbox.read(actor, PlanMessage.LOOPS, false, 200);
	}

	private static <T> List<T> list(List<T> l) {
		return l == null ? List.of() : l;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	Instant now() {
		return clock.instant();
	}
}
