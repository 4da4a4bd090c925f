package org.zhili.plans.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.plans.TaskStatus;
import org.zhili.process.Inbox;

/**
 * What the plan-task and suggestion loops tell the units: 督办 received, a milestone missed, a month's report
 * due, a suggestion assigned or overdue — through the process kit's inbox, each once.
 */
@Service
@Transactional
public class TaskReminders {

	private final JdbcClient jdbc;
	private final Inbox inbox;
	private final PlanClocks clocks;
	private final TaskQueries tasks;
	private final Clock clock;

	/** A milestone not met, with its task. */
	private record Missed(long taskId, String title, String leadUnit, String deliverable, LocalDate due) {
	}

	TaskReminders(JdbcClient jdbc, Inbox inbox, PlanClocks clocks, TaskQueries tasks, Clock clock) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.clocks = clocks;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Tells a unit about a task or suggestion through the inbox, once per {@code dedupeKey}. */
	public void notice(String unit, PlanMessage kind, long itemId, String itemRef, String message, String dedupeKey) {
		inbox.post(kind.to(unit, itemId, itemRef, message, clock.instant(), dedupeKey));
	}

	/** A milestone's clock ran out: its task's lead unit is told once, unless it was met meanwhile. */
	void milestoneOverdue(long milestoneId) {
		jdbc.sql("""
				select m.id, m.due, m.deliverable, t.id as task_id, t.title, t.lead_unit from plans.milestone m
				join plans.task t on t.id = m.task_id where m.id = :id and m.done_at is null and t.lead_unit is not null""")
			.param("id", milestoneId)
			.query((rs, n) -> new Missed(rs.getLong("task_id"), rs.getString("title"), rs.getString("lead_unit"),
					rs.getString("deliverable"), rs.getObject("due", LocalDate.class)))
			.list().forEach(m -> {
				notice(m.leadUnit(), PlanMessage.MILESTONE_OVERDUE, m.taskId(), m.title(), "节点逾期，任务滞后：" + m.title()
						+ "（" + m.deliverable() + "，" + m.due() + "）", "milestone-" + milestoneId);
				jdbc.sql("update plans.milestone set notified = true where id = :id").param("id", milestoneId).update();
			});
	}

	/**
	 * A month's report clock ran out: the lead unit of a task still open is told if the month's report is missing.
	 *
	 * @return whether the task is still open (its next month's report is due too)
	 */
	boolean reportDue(long taskId, YearMonth month, LocalDate limit) {
		Optional<TaskQueries.TaskRow> row = tasks.byId(taskId);
		if (row.isEmpty()) {
			return false;
		}
		TaskViews.TaskSummary s = tasks.summaries(List.of(row.get())).values().iterator().next();
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
}
