package org.zhili.plans.internal.publication;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.plans.PublicPlans;
import org.zhili.plans.PublicPlans.PublicPlan;

/** The plans marked public, for anyone (no sign-in): the same data as the portal's pages. */
@RestController
@RequestMapping("/api/v1/public/plans")
@Tag(name = "政务公开：工作计划", description = "公开的工作计划：章节、任务的牵头单位、完成时限、进度和状态")
class PublicPlanController {

	private final PublicPlans plans;

	PublicPlanController(PublicPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "公开的工作计划（如政府工作要点、民心工程），新的年度在前")
	List<PublicPlan> list() {
		return plans.published();
	}

	@GetMapping("/{id}")
	@Operation(summary = "一份公开计划；不存在或未公开的计划返回 404")
	PublicPlan plan(@PathVariable long id) {
		return PublicPlanPages.find(plans, id);
	}
}
