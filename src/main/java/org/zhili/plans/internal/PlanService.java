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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.plans.TaskStatus;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/**
 * Plans, their tasks and targets as people read them: the views with statuses and weighted progress, and who may
 * see what. A unit account sees the tasks its unit leads or helps with (and the plans holding them); district-wide
 * accounts see everything. Publishing ({@link PlanPublishing}), the work on tasks ({@link TaskWork}), actual values
 * ({@link TargetActuals}) and reminders ({@link TaskReminders}) are classes of their own.
 */
@Service
@Transactional
public class PlanService {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;
	private final Supervisions supervisions;

	PlanService(JdbcClient jdbc, OrgUnits units, WorkingCalendar calendar, AuditTrail audit, Clock clock, Supervisions supervisions) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.supervisions = supervisions;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
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

	List<TaskRow> tasks(String where, Map<String, ?> params) {
		return jdbc.sql("select * from plans.task where " + where + " order by plan_id, position").params(params)
			.query(PlanService::taskRow).list();
	}

	/** The latest report of each task not sent back, and the milestones: what a status needs. */
	Map<Long, PlanViews.TaskSummary> summaries(List<TaskRow> rows) {
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
		Instant now = clock.instant();
		return supervisions.of(PlanClocks.LOOP, taskId).stream()
			.map(v -> new PlanViews.Supervision(v.id(), v.level().name(), v.levelLabel(), v.note(),
					LocalDate.ofInstant(v.replyDue(), ChinaTime.ZONE), v.issuedAt(), v.issuedBy(), v.reply(), v.repliedAt(),
					v.overdueAt(now)))
			.toList();
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

	void setPublic(long planId, Actor actor, boolean isPublic) {
		int n = jdbc.sql("update plans.plan set public = :p where id = :id").param("p", isPublic).param("id", planId).update();
		if (n == 0) {
			throw ApiProblem.notFound("plan_not_found", "计划不存在");
		}
		audit.success("plans.plan.visibility", "plan:" + planId, "public " + isPublic);
	}

	static <T> List<T> list(List<T> l) {
		return l == null ? List.of() : l;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	Instant now() {
		return clock.instant();
	}
}
