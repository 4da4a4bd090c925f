package org.zhili.plans.internal.publication;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.plans.PublicPlans;
import org.zhili.plans.PublicPlans.PublicPlan;
import org.zhili.plans.PublicPlans.PublicTask;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Exports;

/** 政务公开 in the portal: the public plans with their progress, a plan's tasks, and those tasks as CSV. */
@Controller
class PublicPlanPages {

	/** More tasks than any district plan holds. */
	private static final int MAX_ROWS = 5_000;

	static final List<Exports.Column<PublicTask>> COLUMNS = List.of(
			Exports.Column.of("序号", 8, PublicTask::number),
			Exports.Column.of("任务", 40, PublicTask::title),
			Exports.Column.of("牵头单位", 20, PublicTask::leadUnit),
			Exports.Column.of("完成时限", 12, PublicTask::deadline),
			Exports.Column.of("进度（%）", 10, PublicTask::progress),
			Exports.Column.of("状态", 10, PublicTask::statusLabel));

	private final PublicPlans plans;
	private final Exports exports;

	PublicPlanPages(PublicPlans plans, Exports exports) {
		this.plans = plans;
		this.exports = exports;
	}

	/** A public plan, or 404 for one that does not exist or is not public (the same answer: nothing is revealed). */
	static PublicPlan find(PublicPlans plans, long id) {
		return plans.find(id).orElseThrow(() -> ApiProblem.notFound("plan_not_found", "计划不存在或未公开"));
	}

	@GetMapping("/public/plans")
	String list(Model model) {
		model.addAttribute("plans", plans.published());
		return "plans/public-plans";
	}

	@GetMapping("/public/plans/{id:\\d+}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", find(plans, id));
		return "plans/public-plan";
	}

	@GetMapping("/public/plans/{id:\\d+}/tasks.csv")
	void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
		PublicPlan plan = find(plans, id);
		exports.csv(Exports.Spec.of("public-plans", plan.title() + "任务", "公开计划 " + id, COLUMNS, MAX_ROWS),
				Exports.Rows.of(plan.allTasks()), response);
	}
}
