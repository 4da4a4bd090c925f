package org.zhili.plans.internal.tasks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.plans.internal.PlanScope;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.Values;
import org.zhili.plans.internal.tasks.TaskQueries.TaskRow;
import org.zhili.platform.ApiProblem;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/**
 * What is done to a task: the units report progress and answer 督办, the office reviews reports, sends 督办
 * and assigns units; milestones are added and met (their clocks started and stopped).
 */
@Service
@Transactional
class TaskWork {

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final PlanClocks clocks;
	private final TaskReminders reminders;
	private final TaskQueries tasks;
	private final PlanScope scope;
	private final PlanTime time;
	private final Supervisions supervisions;
	private final CommunityWork communities;
	private final Clock clock;

	TaskWork(JdbcClient jdbc, OrgUnits units, WorkingCalendar calendar, AuditTrail audit, PlanClocks clocks,
			TaskReminders reminders, TaskQueries tasks, PlanScope scope, PlanTime time, Supervisions supervisions,
			CommunityWork communities, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.clocks = clocks;
		this.reminders = reminders;
		this.tasks = tasks;
		this.scope = scope;
		this.time = time;
		this.supervisions = supervisions;
		this.communities = communities;
		this.clock = clock;
	}

	long report(long taskId, Actor actor, Integer percent, String text, String period, List<String> evidence) {
		TaskRow t = tasks.taskRow(taskId, actor);
		String unit = reportingUnit(actor, t);
		if (percent == null || percent < 0 || percent > 100) {
			throw ApiProblem.badInput("percent", "invalid_percent", "进度须为0到100之间的整数");
		}
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw ApiProblem.badInput("text", "invalid_text", "进展情况不能为空，且不超过4000字");
		}
		String p = period == null || period.isBlank() ? YearMonth.from(time.today()).toString() : period.strip();
		if (!p.matches("\\d{4}-(0[1-9]|1[0-2])") || YearMonth.parse(p).isAfter(YearMonth.from(time.today()))) {
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
		return unitReportingFor(actor, t)
			.orElseThrow(() -> ApiProblem.forbidden("not_a_reporting_unit", "只有牵头或配合单位可以报送进展"));
	}

	/** The task's lead or co-unit the actor reports for, if any. */
	private Optional<String> unitReportingFor(Actor actor, TaskRow t) {
		if (!actor.has(Permission.PLAN_REPORT)) {
			return Optional.empty();
		}
		if (scope.covers(actor, t.leadUnit())) {
			return Optional.of(t.leadUnit());
		}
		return t.coUnits().stream().filter(c -> scope.covers(actor, c)).findFirst();
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
		TaskRow t = tasks.taskRow(taskId, actor);
		SupervisionLevel level;
		try {
			level = SupervisionLevel.of(levelName);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("level", "invalid_level",
					"督办级别须为 REMINDER（提醒）、URGE（催办）、YELLOW（黄牌）、RED（红牌）或 INTERVIEW（约谈）");
		}
		if (replyWorkingDays != null && (replyWorkingDays < 1 || replyWorkingDays > 60)) {
			throw ApiProblem.badInput("replyWorkingDays", "invalid_days", "回复时限须为1至60个工作日");
		}
		return supervisions.issue(new Supervisions.Order(PlanClocks.LOOP, taskId, t.title(), "/plans/tasks/" + taskId,
				t.leadUnit(), level, note, replyWorkingDays == null ? null : TimeLimit.workingDays(replyWorkingDays)),
				actor.username(), clock.instant()).id();
	}

	/** The lead unit answers on the kit; a co-unit may too ({@code PlanTaskSupervision}). */
	void reply(long supervisionId, Actor actor, String reply) {
		Supervisions.Supervision s = supervisions.get(supervisionId, actor);
		if (!PlanClocks.LOOP.equals(s.loop())) {
			throw ApiProblem.notFound("supervision_not_found", "督办不存在");
		}
		supervisions.answer(supervisionId, actor, reply);
	}

	/** Whether the actor reports for the task (its lead or a co-unit): they may answer its 督办. */
	boolean reportsFor(Actor actor, long taskId) {
		return unitReportingFor(actor, tasks.taskRow(taskId, actor)).isPresent();
	}

	long addMilestone(long taskId, Actor actor, LocalDate due, String deliverable) {
		tasks.taskRow(taskId, actor);
		if (due == null || due.getYear() < 2000 || due.getYear() > 2100) {
			throw ApiProblem.badInput("due", "invalid_due", "节点日期须在2000至2100年之间");
		}
		if (deliverable == null || deliverable.isBlank() || deliverable.length() > 500) {
			throw ApiProblem.badInput("deliverable", "invalid_deliverable", "节点成果不能为空，且不超过500字");
		}
		long id = jdbc.sql("insert into plans.milestone (task_id, due, deliverable) values (:t, :d, :x) returning id")
			.param("t", taskId).param("d", due).param("x", deliverable.strip()).query(Long.class).single();
		clocks.milestone(taskId, id, due, time.now());
		return id;
	}

	void completeMilestone(long milestoneId, Actor actor) {
		Long taskId = jdbc.sql("select task_id from plans.milestone where id = :id").param("id", milestoneId)
			.query(Long.class).optional().orElseThrow(() -> ApiProblem.notFound("milestone_not_found", "节点不存在"));
		reportingUnit(actor, tasks.taskRow(taskId, actor));
		jdbc.sql("update plans.milestone set done_at = :d where id = :id and done_at is null").param("d", time.today())
			.param("id", milestoneId).update();
		clocks.milestoneDone(taskId, milestoneId, time.now());
	}

	/** What an assignment did: the communities listed in {@code waiting} wait for the 准入 approval. */
	record Assigned(String leadUnit, List<String> coUnits, List<String> waiting) {
	}

	Assigned assign(long taskId, Actor actor, String lead, List<String> co, String leader, LocalDate deadline,
			BigDecimal weight, Long listItemId, String reason) {
		TaskRow t = tasks.taskRow(taskId, actor);
		if (lead != null && !lead.isBlank() && units.find(lead).isEmpty()) {
			throw ApiProblem.badInput("leadUnit", "unknown_unit", "牵头单位 " + lead + " 不存在");
		}
		for (String c : co == null ? List.<String>of() : co) {
			if (units.find(c).isEmpty()) {
				throw ApiProblem.badInput("coUnits", "unknown_unit", "配合单位 " + c + " 不存在");
			}
		}
		if (weight != null && (weight.signum() <= 0 || weight.compareTo(Values.HUNDRED) > 0)) {
			throw ApiProblem.badInput("weight", "invalid_weight", "权重须大于0且不超过100");
		}
		CommunityWork.Admitted admitted = communities.admit(taskId, t.number(), t.title(),
				lead == null ? t.leadUnit() : Values.blankToNull(lead), t.leadUnit(), co == null ? t.coUnits() : co,
				t.coUnits(), listItemId, reason == null || reason.isBlank() ? null : reason.strip(), actor.username(),
				actor.scope().unitCode(), time.now());
		jdbc.sql("""
				update plans.task set lead_unit = :lead, co_units = string_to_array(:co, ','), leader = :leader,
				    deadline = :deadline, weight = :weight where id = :id""")
			.param("lead", admitted.lead())
			.param("co", String.join(",", admitted.coUnits()))
			.param("leader", leader == null ? t.leader() : Values.blankToNull(leader))
			.param("deadline", deadline == null ? t.deadline() : deadline)
			.param("weight", weight == null ? t.weight() : weight).param("id", taskId).update();
		audit.success("plans.task.assigned", "task:" + taskId, "lead " + lead
				+ (admitted.waiting().isEmpty() ? "" : "; 待准入审批 " + admitted.waiting()));
		return new Assigned(admitted.lead(), admitted.coUnits(), admitted.waiting());
	}
}
