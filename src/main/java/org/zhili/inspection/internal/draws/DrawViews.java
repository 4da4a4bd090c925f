package org.zhili.inspection.internal.draws;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.internal.draw.Candidate;
import org.zhili.inspection.internal.draw.DrawInputs;
import org.zhili.inspection.internal.draw.DrawOutcome;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.inspection.internal.draw.InspectorCandidate;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** Draws as published, with names resolved; the seed appears only once the draw revealed it. */
@Component
class DrawViews {

	private final InspectionPlans plans;
	private final Subjects subjects;
	private final Inspectors inspectors;
	private final OrgUnits units;

	DrawViews(InspectionPlans plans, Subjects subjects, Inspectors inspectors, OrgUnits units) {
		this.plans = plans;
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.units = units;
	}

	DrawView summary(DrawRow row) {
		return view(row, false);
	}

	DrawView full(DrawRow row) {
		return view(row, true);
	}

	private DrawView view(DrawRow row, boolean withPicks) {
		InspectionTask task = plans.task(row.taskId());
		DrawInputs in = DrawRecords.inputsFromJson(row.inputs());
		DrawOutcome outcome = row.outcome() == null ? null : DrawRecords.outcomeFromJson(row.outcome());
		Map<CreditClass, DrawView.Class> classes = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			int population = (int) in.subjects().stream().filter(s -> s.creditClass() == c).count();
			int drawn = outcome == null || outcome.counts().get(c) == null ? 0 : outcome.counts().get(c).drawn();
			classes.put(c, new DrawView.Class(in.ratios().get(c).toPlainString() + "%", population, drawn));
		}
		List<DrawView.Pick> picks = List.of();
		List<String> unstaffed = List.of();
		if (outcome != null && withPicks) {
			Map<Long, Candidate> candidates = new HashMap<>();
			in.subjects().forEach(s -> candidates.put(s.subjectId(), s));
			Map<Long, String> names = new HashMap<>();
			in.inspectors().stream().map(InspectorCandidate::inspectorId)
				.forEach(id -> names.put(id, inspectors.find(id).map(i -> i.name() + "（" + i.licenceNumber() + "）").orElse("#" + id)));
			picks = outcome.picks().stream().map(p -> {
				Candidate c = candidates.get(p.subjectId());
				String name = subjects.find(p.subjectId()).map(Subjects.Subject::name).orElse("#" + p.subjectId());
				return new DrawView.Pick(p.order(), c.creditCode(), name, p.creditClass(), p.weight(), c.weightReason(),
						p.inspectorIds().stream().map(names::get).toList());
			}).toList();
			unstaffed = outcome.unstaffed().stream().map(id -> candidates.get(id).creditCode()).toList();
		}
		return new DrawView(row.id(), task.id(), task.name(), task.leadDepartment(), name(task.leadDepartment()),
				task.jointDepartments().stream().map(this::name).toList(), row.state().name(), row.state().label(),
				row.algorithm(), row.commitment(), row.inputsHash(), row.revealedSeed(), row.committedAt(), row.drawnAt(),
				row.redrawOf(), row.redrawReason(), classes, picks, outcome == null ? 0 : outcome.withdrawals().size(),
				unstaffed);
	}

	private String name(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
