package org.zhili.inspection.internal.plans;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.inspection.NewTask;

/** Yearly 抽查计划 and their tasks over HTTP. */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "双随机抽查计划", description = "部门年度抽查计划与任务：检查事项、联合部门、对象范围、各信用风险类别的抽查比例、每个对象的执法人员数、期间")
class InspectionPlanController {

	record NewPlan(Integer year, String name) {
	}

	/** A plan with its tasks. */
	record PlanWithTasks(InspectionPlan plan, List<InspectionTask> tasks) {
	}

	private final InspectionPlans plans;

	InspectionPlanController(InspectionPlans plans) {
		this.plans = plans;
	}

	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "制定本部门的年度抽查计划")
	InspectionPlan create(@RequestBody NewPlan in, Actor actor) {
		return plans.createPlan(in.year() == null ? 0 : in.year(), in.name(), actor);
	}

	@GetMapping("/plans")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "抽查计划（部门账号见本部门牵头或参与的，督查与领导见全部）")
	List<InspectionPlan> list(@RequestParam(required = false) Integer year, Actor actor) {
		return plans.plans(year, actor);
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个计划及其任务")
	PlanWithTasks get(@PathVariable long id, Actor actor) {
		return new PlanWithTasks(plans.plan(id, actor), plans.tasks(id, actor));
	}

	@PostMapping("/plans/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "添加抽查任务：matterIds 必须来自抽查事项清单；ratios 按 A–D 类（百分比，缺省取配置）；inspectorsPerSubject ≥ 2；jointDepartments 为联合抽查部门")
	InspectionTask addTask(@PathVariable long id, @RequestBody NewTask task, Actor actor) {
		return plans.addTask(id, task, actor);
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个抽查任务")
	InspectionTask task(@PathVariable long id, Actor actor) {
		return plans.task(id, actor);
	}
}
