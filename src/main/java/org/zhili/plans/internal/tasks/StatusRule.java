package org.zhili.plans.internal.tasks;

import java.time.LocalDate;
import java.util.List;

import org.zhili.calendar.WorkingCalendar;
import org.zhili.plans.TaskStatus;

/**
 * A task's status. A date limit (deadline, milestone) that falls on a holiday or weekend runs to the next
 * working day, as deadlines do in Chinese administrative practice; it is missed once that day is over.
 */
final class StatusRule {

	/** A milestone as the rule needs it. */
	record Node(LocalDate due, LocalDate doneAt) {
	}

	private StatusRule() {
	}

	static TaskStatus of(int percent, boolean reported, LocalDate deadline, List<Node> milestones, LocalDate today,
			WorkingCalendar calendar) {
		if (percent >= 100) {
			return TaskStatus.DONE;
		}
		if (deadline != null && today.isAfter(lastDay(deadline, calendar))) {
			return TaskStatus.UNFINISHED;
		}
		for (Node m : milestones) {
			if (m.doneAt() == null && today.isAfter(lastDay(m.due(), calendar))) {
				return TaskStatus.LATE;
			}
		}
		return reported && percent > 0 ? TaskStatus.ON_TRACK : TaskStatus.NOT_STARTED;
	}

	/** The last day a date limit allows: the day itself if a working day, else the next working day. */
	static LocalDate lastDay(LocalDate due, WorkingCalendar calendar) {
		return calendar.isWorkingDay(due) ? due : calendar.nextWorkingDay(due);
	}
}
