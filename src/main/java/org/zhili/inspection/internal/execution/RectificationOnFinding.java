package org.zhili.inspection.internal.execution;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionCompleted;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.Result;

/** A 责令整改 opens a rectification with a deadline, which the inspecting department sees through to 销号. */
@Component
class RectificationOnFinding {

	private final Rectifications rectifications;
	private final Subjects subjects;
	private final WorkingCalendar calendar;
	private final InspectionRules rules;

	RectificationOnFinding(Rectifications rectifications, Subjects subjects, WorkingCalendar calendar, InspectionRules rules) {
		this.rectifications = rectifications;
		this.subjects = subjects;
		this.calendar = calendar;
		this.rules = rules;
	}

	@EventListener
	void on(InspectionCompleted done) {
		if (done.result() != Result.RECTIFY) {
			return;
		}
		Subjects.Subject subject = subjects.find(done.subjectId()).orElseThrow();
		LocalDate due = calendar.addWorkingDays(LocalDate.ofInstant(done.at(), calendar.zone()), rules.rectifyWithinDays());
		rectifications.open(new Rectifications.Order(InspectionSteps.LOOP, done.inspectionId(), done.reference(), done.link(),
				subject.id(), subject.name() + "（" + subject.address() + "）", subject.streetCode(), done.department(),
				done.findings(), Rectifications.Severity.GENERAL, due), done.by(), done.at());
	}
}
