package org.zhili.plans.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnits;
import org.zhili.plans.PublicPlans;

/** {@link PublicPlans} from the plans marked public ({@code PUT /api/v1/plans/{id}/public}). */
@Component
class PublishedPlans implements PublicPlans {

	private final PlanService plans;
	private final JdbcClient jdbc;
	private final OrgUnits units;

	PublishedPlans(PlanService plans, JdbcClient jdbc, OrgUnits units) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.units = units;
	}

	@Override
	public List<PublicPlan> published() {
		// Read as the whole district: publication is the office's decision, taken per plan.
		Actor district = new Actor(null, "portal", java.util.Set.of(),
				units.district().scope());
		List<PublicPlan> out = new ArrayList<>();
		for (long id : jdbc.sql("select id from plans.plan where public order by year desc, id desc").query(Long.class).list()) {
			PlanViews.PlanTree tree = plans.tree(id, district);
			out.add(new PublicPlan(id, tree.plan().title(), tree.plan().year(), tree.plan().progress(),
					PlanViews.allTasks(tree).stream().map(t -> new PublicTask(t.number(), t.title(), t.leadUnitName(), t.deadline(), t.progress(),
							t.status())).toList()));
		}
		return out;
	}
}
