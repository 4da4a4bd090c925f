package org.zhili.inspection.internal.inspectors;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.inspection.Inspectors;
import org.zhili.platform.ApiProblem;

/** 执法检查人员名录库 over HTTP. */
@RestController
@RequestMapping("/api/v1/inspection/inspectors")
@Tag(name = "执法检查人员名录库", description = "执法人员、执法证及有效期、专长、登录账号；回避申报（统一社会信用代码校验）。部门只能登记本部门的人员")
class InspectorController {

	private final InspectorRegistry inspectors;

	InspectorController(InspectorRegistry inspectors) {
		this.inspectors = inspectors;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "执法人员名录（含已停用），可按部门 department 筛选；各部门的都可查看")
	List<Inspectors.Inspector> list(@RequestParam(required = false) String department) {
		return inspectors.list(department);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "登记执法人员：姓名、部门（须为本部门）、执法证号（唯一）、有效期至、专长、登录账号（可选）")
	ResponseEntity<Inspectors.Inspector> register(@RequestBody Inspectors.NewInspector inspector, Actor actor) {
		Inspectors.Inspector registered = inspectors.register(inspector, actor);
		return ResponseEntity.created(URI.create("/api/v1/inspection/inspectors/" + registered.id())).body(registered);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一名执法人员及其回避事项")
	Inspectors.Inspector get(@PathVariable long id) {
		return find(id);
	}

	@GetMapping("/{id}/conflicts")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一名执法人员申报的回避对象")
	List<Inspectors.Conflict> conflicts(@PathVariable long id) {
		return find(id).conflicts();
	}

	@PostMapping("/{id}/conflicts")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "申报（或更新）回避：对象的统一社会信用代码、情形（RELATIVE 近亲属、FORMER_EMPLOYER 原工作单位、INTEREST 利害关系、OTHER 其他）、说明；此后的抽取不再派其检查该对象")
	Inspectors.Inspector declare(@PathVariable long id, @RequestBody Inspectors.Conflict conflict, Actor actor) {
		return inspectors.declareConflict(id, conflict, actor);
	}

	private Inspectors.Inspector find(long id) {
		return inspectors.find(id).orElseThrow(() -> ApiProblem.notFound("inspector_not_found", "没有这名执法人员"));
	}
}
