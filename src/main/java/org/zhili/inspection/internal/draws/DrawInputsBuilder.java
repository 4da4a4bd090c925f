package org.zhili.inspection.internal.draws;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.inspection.CreditStatus;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.draw.Candidate;
import org.zhili.inspection.internal.draw.DrawEngine;
import org.zhili.inspection.internal.draw.DrawInputs;
import org.zhili.inspection.internal.draw.InspectorCandidate;
import org.zhili.inspection.internal.execution.InspectionViews;
import org.zhili.inspection.internal.plans.InspectionTask;

/**
 * What a task's draw reads, frozen at the commit: the subjects its filter selects with their credit classes and
 * complaint weights, the inspectors of its departments with licences and declared conflicts, and who inspected each
 * subject last.
 */
@Component
class DrawInputsBuilder {

	private final Subjects subjects;
	private final Inspectors inspectors;
	private final InspectionViews inspections;
	private final RiskWeights risk;
	private final InspectionRules rules;
	private final CreditStatus credit;

	DrawInputsBuilder(Subjects subjects, Inspectors inspectors, InspectionViews inspections, RiskWeights risk,
			InspectionRules rules, CreditStatus credit) {
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.inspections = inspections;
		this.risk = risk;
		this.rules = rules;
		this.credit = credit;
	}

	DrawInputs build(InspectionTask task, LocalDate day, Instant now) {
		List<Subjects.Subject> population = subjects.matching(task.filter());
		Map<Long, RiskWeights.Weight> weights = risk.weigh(population,
				RiskWeights.windowStart(now, rules.riskWindowMonths()), task.riskStep(), task.riskCap());
		Set<String> punished = credit.list(CreditStatus.Standing.PUNISHED, Integer.MAX_VALUE).stream()
			.map(CreditStatus.Status::creditCode).collect(Collectors.toSet());
		List<Candidate> candidates = new ArrayList<>(population.size());
		for (Subjects.Subject s : population) {
			RiskWeights.Weight w = weights.get(s.id());
			if (punished.contains(s.creditCode())) {
				// 失信惩戒: drawn as often as the task lets complaints raise anyone (联合惩戒 raises the ratio).
				candidates.add(new Candidate(s.id(), s.creditCode(), s.creditClass(), task.riskCap(),
						"失信惩戒名单，权重" + task.riskCap() + (w == null ? "" : "；" + w.reason())));
				continue;
			}
			candidates.add(new Candidate(s.id(), s.creditCode(), s.creditClass(), w == null ? 100 : w.weight(),
					w == null ? null : w.reason()));
		}
		List<InspectorCandidate> staff = inspectors.ofDepartments(task.departments()).stream()
			.map(i -> new InspectorCandidate(i.id(), i.departmentCode(), i.licenceExpires(),
					i.conflicts().stream().map(Inspectors.Conflict::creditCode).toList()))
			.toList();
		Map<Long, List<Long>> last = inspections.lastInspectors(population.stream().map(Subjects.Subject::id).toList());
		return new DrawInputs(DrawEngine.ALGORITHM, day, candidates, task.ratios(), task.seats(), staff, last);
	}
}
