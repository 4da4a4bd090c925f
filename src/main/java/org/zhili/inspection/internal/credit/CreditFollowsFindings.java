package org.zhili.inspection.internal.credit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionCompleted;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.Result;

/**
 * Credit follows findings (SS-12, 联合奖惩): a result moves the subject's class towards D by its configured steps
 * (责令整改 one, 立案查处 two by default); a run of clean inspections since the class last changed earns one class
 * back towards A (守信激励). Runs in the completing transaction, so the class and the result are written together.
 */
@Component
class CreditFollowsFindings {

	private final Subjects subjects;
	private final CreditRecord record;
	private final InspectionRules rules;

	CreditFollowsFindings(Subjects subjects, CreditRecord record, InspectionRules rules) {
		this.subjects = subjects;
		this.record = record;
		this.rules = rules;
	}

	@EventListener
	void on(InspectionCompleted done) {
		Subjects.Subject subject = subjects.find(done.subjectId()).orElseThrow();
		CreditClass now = subject.creditClass();
		int steps = rules.credit().steps().getOrDefault(done.result(), 0);
		if (steps > 0 && now != CreditClass.D) {
			CreditClass to = CreditClass.values()[Math.min(CreditClass.D.ordinal(), now.ordinal() + steps)];
			subjects.changeClass(subject.id(), to, "finding-" + done.result().name().toLowerCase(java.util.Locale.ROOT),
					"检查结果为" + done.result().label() + "，信用风险分类由" + now + "类调整为" + to + "类", "inspection",
					done.inspectionId(), done.by(), done.at());
			return;
		}
		int streak = rules.credit().cleanStreakToImprove();
		if (done.result() == Result.NO_PROBLEM && now != CreditClass.A && streak > 0) {
			List<Result> since = record.resultsSince(subject.id(), subject.creditSince());
			if (since.size() >= streak && since.subList(0, streak).stream().allMatch(r -> r == Result.NO_PROBLEM)) {
				CreditClass to = CreditClass.values()[now.ordinal() - 1];
				subjects.changeClass(subject.id(), to, "clean-streak", "自上次调整以来连续" + streak
						+ "次检查未发现问题，信用风险分类由" + now + "类调整为" + to + "类（守信激励）", "inspection",
						done.inspectionId(), done.by(), done.at());
			}
		}
	}
}
