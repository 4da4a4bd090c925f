package org.zhili.inspection.internal.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;
import org.zhili.process.Inbox;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/**
 * A completed result's publication on the kit's clock (SS-5: public within 20 working days): the department is
 * reminded before the limit, and a result still unpublished at it is 督办 to the department, which climbs the
 * loop's ladder while it stays unanswered.
 */
@Component
class PublicationClock implements ClockListener, SupervisionListener {

	private final InspectionStore store;
	private final InspectionPlans plans;
	private final Subjects subjects;
	private final Inbox inbox;
	private final Supervisions supervisions;
	private final WorkingCalendar calendar;
	private final InspectionRules rules;

	PublicationClock(InspectionStore store, InspectionPlans plans, Subjects subjects, Inbox inbox,
			Supervisions supervisions, WorkingCalendar calendar, InspectionRules rules) {
		this.store = store;
		this.plans = plans;
		this.subjects = subjects;
		this.inbox = inbox;
		this.supervisions = supervisions;
		this.calendar = calendar;
		this.rules = rules;
	}

	@Override
	public String loop() {
		return InspectionSteps.LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		LocalDate due = LocalDate.ofInstant(deadline.due(), calendar.zone());
		LocalDate warn = calendar.addWorkingDays(due, -rules.publishWarnDays());
		return warn.atTime(LocalTime.of(9, 0)).atZone(calendar.zone()).toInstant();
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		InspectionStore.Row row = store.lock(key.itemId()).orElse(null);
		if (row == null || row.state() != InspectionWorkflow.State.COMPLETED) {
			return;
		}
		InspectionTask task = plans.task(row.taskId());
		String ref = InspectionSteps.reference(task, subjects.find(row.subjectId()).orElseThrow());
		String link = InspectionSteps.link(row.id());
		if (alarm == Clocks.Alarm.WARN) {
			inbox.post(new Inbox.Message(InspectionSteps.LOOP, row.id(), ref, link, task.leadDepartment(), "PUBLISH_SOON",
					"公示临期", "抽查结果须于" + row.publishDue() + "前公示", deadline.due(), "publish-warn:" + row.id()));
			return;
		}
		supervisions.issue(new Supervisions.Order(InspectionSteps.LOOP, row.id(), ref, link, task.leadDepartment(),
				SupervisionLevel.URGE, "抽查结果已超过" + row.publishDue() + "的公示期限，请立即公示并说明原因", null), "system",
				deadline.due());
	}

	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
		store.publishDueMoved(key.itemId(), LocalDate.ofInstant(after.due(), calendar.zone()));
	}

	/** A 督办 about a late publication climbs the ladder; the inspection itself does not change. */
	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		store.lock(unanswered.itemId());
	}
}
