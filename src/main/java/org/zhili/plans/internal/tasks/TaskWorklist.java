package org.zhili.plans.internal.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;
import org.zhili.process.Worklist;

/**
 * 督查督办 on the 工作台: the unit's plan tasks not yet done, those 滞后 or 未完成, and whether last month's progress
 * report is still to be sent.
 */
@Component
class TaskWorklist implements Worklist {

	private final TaskQueries tasks;
	private final PlanTime time;

	TaskWorklist(TaskQueries tasks, PlanTime time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.PLAN_REPORT)) {
			return List.of();
		}
		List<TaskSummary> open = tasks.mine(reader).stream().filter(t -> t.status() != TaskStatus.DONE).toList();
		if (open.isEmpty()) {
			return List.of();
		}
		LocalDate today = time.today();
		long behind = open.stream()
			.filter(t -> t.status() == TaskStatus.LATE || t.status() == TaskStatus.UNFINISHED)
			.count();
		long dueToday = open.stream().filter(t -> today.equals(t.deadline())).count();
		String due = tasks.duePeriod();
		long unreported = open.stream().filter(t -> t.lastPeriod() == null || t.lastPeriod().compareTo(due) < 0).count();
		List<Waiting> waiting = new ArrayList<>();
		waiting.add(new Waiting("plans.worklist.tasks", open.size(), "/plans/mine", behind, null, null, dueToday, 40));
		if (unreported > 0) {
			waiting.add(new Waiting("plans.worklist.reports", unreported, "/plans/mine", null, null, null, null, 41));
		}
		return waiting;
	}
}
