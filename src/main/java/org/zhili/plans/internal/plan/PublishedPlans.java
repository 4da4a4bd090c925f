package org.zhili.plans.internal.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.plans.PublicPlans;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;

/** {@link PublicPlans} from the plans published and marked public ({@code PUT /api/v1/plans/{id}/public}). */
@Component
class PublishedPlans implements PublicPlans {

	private final PlanService plans;

	PublishedPlans(PlanService plans) {
		this.plans = plans;
	}

	@Override
	public List<PublicPlan> published() {
		return plans.publicTrees().stream().map(PublishedPlans::of).toList();
	}

	@Override
	public Optional<PublicPlan> find(long id) {
		return plans.publicTree(id).map(PublishedPlans::of);
	}

	private static PublicPlan of(PlanViews.PlanTree tree) {
		PlanViews.PlanSummary p = tree.plan();
		Map<String, Integer> statuses = new LinkedHashMap<>();
		p.statuses().forEach((status, n) -> statuses.put(status.label(), n));
		return new PublicPlan(p.id(), p.title(), p.year(), tree.description(), p.progress(), p.tasks(), statuses,
				tree.sections().stream().map(PublishedPlans::section).toList(),
				tree.tasks().stream().map(PublishedPlans::task).toList());
	}

	private static PublicSection section(PlanViews.SectionNode s) {
		return new PublicSection(s.number(), s.title(), s.progress(),
				s.sections().stream().map(PublishedPlans::section).toList(),
				s.tasks().stream().map(PublishedPlans::task).toList());
	}

	private static PublicTask task(TaskSummary t) {
		return new PublicTask(t.number(), t.title(), t.leadUnitName(), t.deadline(), t.progress(), t.status(),
				t.statusLabel());
	}
}
