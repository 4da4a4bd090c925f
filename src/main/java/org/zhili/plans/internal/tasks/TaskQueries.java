package org.zhili.plans.internal.tasks;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.PlanScope;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.targets.TargetQueries;
import org.zhili.plans.internal.tasks.TaskViews.Event;
import org.zhili.plans.internal.tasks.TaskViews.Milestone;
import org.zhili.plans.internal.tasks.TaskViews.Report;
import org.zhili.plans.internal.tasks.TaskViews.Supervision;
import org.zhili.plans.internal.tasks.TaskViews.TaskDetail;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Supervisions;

/**
 * Tasks as people read them: with their status (from the latest report not sent back, the milestones and the
 * calendar), a task's page with its milestones, reports, 督办 and timeline, and a unit's own tasks. What an account
 * sees is filtered in SQL ({@link PlanScope.Units}).
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

	/** A stored task. */
	public record TaskRow(long id, long planId, Long sectionId, int position, String number, String title, String text,
			String leadUnit, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight) {
	}

	private final JdbcClient jdbc;
	private final PlanScope scope;
	private final PlanTime time;
	private final WorkingCalendar calendar;
	private final TargetQueries targets;
	private final Supervisions supervisions;

	TaskQueries(JdbcClient jdbc, PlanScope scope, PlanTime time, WorkingCalendar calendar, TargetQueries targets,
			Supervisions supervisions) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.time = time;
		this.calendar = calendar;
		this.targets = targets;
		this.supervisions = supervisions;
	}

	private static TaskRow taskRow(ResultSet rs, int n) throws SQLException {
		Array co = rs.getArray("co_units");
		return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("section_id"), rs.getInt("position"),
				rs.getString("number"), rs.getString("title"), rs.getString("text"), rs.getString("lead_unit"),
				co == null ? List.of() : Arrays.asList((String[]) co.getArray()), rs.getString("leader"),
				rs.getObject("deadline", LocalDate.class), rs.getBigDecimal("weight"));
	}

	/** The tasks these units see, of one plan or ({@code planId} null) of every plan, in plan order. */
	public List<TaskRow> visible(PlanScope.Units units, Long planId) {
		return jdbc.sql("select * from plans.task where (cast(:plan as bigint) is null or plan_id = :plan) and "
				+ PlanScope.Units.condition("") + " order by plan_id, position")
			.param("plan", planId).params(units.params()).query(TaskQueries::taskRow).list();
	}

	/** A task whoever asks (a clock going off). */
	public Optional<TaskRow> byId(long taskId) {
		return jdbc.sql("select * from plans.task where id = :id").param("id", taskId).query(TaskQueries::taskRow).optional();
	}

	/** A task the actor sees; 404 otherwise. */
	public TaskRow taskRow(long taskId, Actor actor) {
		return jdbc.sql("select * from plans.task where id = :id and " + PlanScope.Units.condition(""))
			.param("id", taskId).params(scope.units(actor).params()).query(TaskQueries::taskRow).optional()
			.orElseThrow(() -> ApiProblem.notFound("task_not_found", "任务不存在"));
	}

	/** The latest report of each task not sent back, and the milestones: what a status needs. */
	public Map<Long, TaskSummary> summaries(List<TaskRow> rows) {
		Map<Long, TaskSummary> out = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			return out;
		}
		List<Long> ids = rows.stream().map(TaskRow::id).toList();
		Map<Long, Report> latest = latestReports(ids);
		Map<Long, List<StatusRule.Node>> nodes = new HashMap<>();
		jdbc.sql("select task_id, due, done_at from plans.milestone where task_id in (:ids)").param("ids", ids)
			.query(rs -> {
				nodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new StatusRule.Node(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
			});
		LocalDate today = time.today();
		for (TaskRow t : rows) {
			Report l = latest.get(t.id());
			int percent = l == null ? 0 : l.percent();
			TaskStatus status = StatusRule.of(percent, l != null, t.deadline(), nodes.getOrDefault(t.id(), List.of()),
					today, calendar);
			out.put(t.id(), new TaskSummary(t.id(), t.planId(), t.sectionId(), t.number(), t.title(),
					t.leadUnit(), scope.unitName(t.leadUnit()), t.coUnits(), t.leader(), t.deadline(), t.weight(), percent,
					status, status.label(), l == null ? null : l.period()));
		}
		return out;
	}

	public TaskDetail task(long taskId, Actor actor) {
		TaskRow t = taskRow(taskId, actor);
		TaskSummary s = summaries(List.of(t)).get(t.id());
		LocalDate today = time.today();
		List<Milestone> ms = jdbc.sql("select * from plans.milestone where task_id = :t order by due, id")
			.param("t", taskId)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due", LocalDate.class);
				LocalDate done = rs.getObject("done_at", LocalDate.class);
				return new Milestone(rs.getLong("id"), due, rs.getString("deliverable"), done,
						done == null && today.isAfter(StatusRule.lastDay(due, calendar)));
			}).list();
		List<Report> reports = jdbc.sql("select * from plans.progress_report where task_id = :t order by submitted_at desc, id desc")
			.param("t", taskId).query(TaskQueries::report).list();
		List<Supervision> sups = supervisions(taskId);
		List<Event> timeline = new ArrayList<>();
		for (Milestone m : ms) {
			timeline.add(new Event(m.due().atTime(17, 30).atZone(ChinaTime.ZONE).toInstant(), "milestone",
					"节点：" + m.deliverable() + (m.doneAt() != null ? "（" + m.doneAt() + " 完成）" : m.overdue() ? "（逾期）" : "")));
		}
		for (Report r : reports) {
			timeline.add(new Event(r.submittedAt(), "report", r.period() + " 进展 " + r.percent() + "%：" + r.text()));
		}
		for (Supervision v : sups) {
			timeline.add(new Event(v.createdAt(), "supervision", v.levelLabel() + "：" + v.note()));
			if (v.repliedAt() != null) {
				timeline.add(new Event(v.repliedAt(), "reply", "督办回复：" + v.reply()));
			}
		}
		timeline.sort(Comparator.comparing(Event::at));
		String planTitle = jdbc.sql("select title from plans.plan where id = :p").param("p", t.planId()).query(String.class)
			.single();
		return new TaskDetail(s, planTitle, t.text(), t.coUnits().stream().map(scope::unitName).toList(), ms,
				reports, sups, targets.ofTask(taskId), timeline);
	}

	private static Report report(ResultSet rs, int n) throws SQLException {
		return new Report(rs.getLong("id"), rs.getString("unit_code"), rs.getString("period"), rs.getInt("percent"),
				rs.getString("text"), Arrays.asList((String[]) rs.getArray("evidence").getArray()),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getString("review"),
				rs.getString("review_note"));
	}

	/** The latest report of each of the tasks that was not sent back (the one their progress comes from). */
	public Map<Long, Report> latestReports(Collection<Long> taskIds) {
		Map<Long, Report> latest = new HashMap<>();
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

	private List<Supervision> supervisions(long taskId) {
		java.time.Instant now = time.now();
		return supervisions.of(PlanClocks.LOOP, taskId).stream()
			.map(v -> new Supervision(v.id(), v.level().name(), v.levelLabel(), v.note(),
					LocalDate.ofInstant(v.replyDue(), ChinaTime.ZONE), v.issuedAt(), v.issuedBy(), v.reply(), v.repliedAt(),
					v.overdueAt(now)))
			.toList();
	}

	/** The tasks of the actor's unit (led or helped with), with whether this month's report is due. */
	public List<TaskSummary> mine(Actor actor) {
		PlanScope.Units units = scope.units(actor);
		if (units.all()) {
			return List.of(); // a district-wide account has no tasks of its own unit
		}
		return new ArrayList<>(summaries(visible(units, null)).values());
	}

	/** The period a report is due for now: last month, until it has been reported. */
	public String duePeriod() {
		return YearMonth.from(time.today()).minusMonths(1).toString();
	}
}
