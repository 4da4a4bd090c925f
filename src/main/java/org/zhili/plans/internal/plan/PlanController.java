package org.zhili.plans.internal.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/**
 * 督查督办 over HTTP: the plans and their trees, and whether the public sees one. Reading documents, the work on
 * tasks, targets' actual values and the year-end review have controllers of their own under the same path.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办", description = "工作要点与政府工作报告：文件识别、计划发布、任务进展、督办、指标实际值")
class PlanController {

	record VisibilityRequest(Boolean isPublic) {
	}

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "计划列表：加权进度和各状态任务数（单位账号只见涉及本单位的计划）")
	List<PlanViews.PlanSummary> list(Actor actor) {
		return plans.plans(actor);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "计划树：章节（加权进度）、任务（状态）、指标（实际值与研判）、上年实绩")
	PlanViews.PlanTree tree(@PathVariable long id, Actor actor) {
		return plans.tree(id, actor);
	}

	@PutMapping("/{id}/public")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "向公众门户公开或撤回计划")
	void visibility(@PathVariable long id, @RequestBody VisibilityRequest request, Actor actor) {
		if (request == null || request.isPublic() == null) {
			throw ApiProblem.badInput("isPublic", "required", "isPublic 必填");
		}
		plans.setPublic(id, actor, request.isPublic());
	}
}
