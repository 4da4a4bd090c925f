package org.zhili.inspection.internal.draws;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.draw.Candidate;
import org.zhili.inspection.internal.draw.ClassCount;
import org.zhili.inspection.internal.draw.DrawInputs;
import org.zhili.inspection.internal.draw.DrawOutcome;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.inspection.internal.draw.Pick;
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

	/**
	 * A drawn draw's classes come from its outcome; only a draw still waiting for its seed reads the frozen inputs for
	 * them (a district's inputs are megabytes). The picks' names are read once for the whole draw.
	 */
	private DrawView view(DrawRow row, boolean withPicks) {
		InspectionTask task = plans.task(row.taskId());
		DrawOutcome outcome = row.outcome() == null ? null : DrawRecords.outcomeFromJson(row.outcome());
		DrawInputs in = outcome == null || withPicks ? DrawRecords.inputsFromJson(row.inputs()) : null;
		Map<CreditClass, DrawView.Class> classes = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			ClassCount count = outcome == null ? null : outcome.counts().get(c);
			int population = count != null ? count.population()
					: in == null ? 0 : (int) in.subjects().stream().filter(s -> s.creditClass() == c).count();
			classes.put(c, new DrawView.Class(task.ratios().get(c).toPlainString() + "%", population,
					count == null ? 0 : count.drawn()));
		}
		List<DrawView.Pick> picks = List.of();
		List<String> unstaffed = List.of();
		if (outcome != null && withPicks) {
			Map<Long, Candidate> candidates = new HashMap<>();
			in.subjects().forEach(s -> candidates.put(s.subjectId(), s));
			Map<Long, String> names = subjects.findAll(outcome.picks().stream().map(Pick::subjectId).toList()).stream()
				.collect(Collectors.toMap(Subjects.Subject::id, Subjects.Subject::name));
			Map<Long, String> seated = inspectors.findAll(outcome.picks().stream().flatMap(p -> p.inspectorIds().stream())
				.distinct().toList()).stream()
				.collect(Collectors.toMap(Inspectors.Inspector::id, i -> i.name() + "（" + i.licenceNumber() + "）"));
			picks = outcome.picks().stream().map(p -> new DrawView.Pick(p.order(), candidates.get(p.subjectId()).creditCode(),
					names.getOrDefault(p.subjectId(), "#" + p.subjectId()), p.creditClass(), p.weight(),
					candidates.get(p.subjectId()).weightReason(),
					p.inspectorIds().stream().map(id -> seated.getOrDefault(id, "#" + id)).toList())).toList();
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
