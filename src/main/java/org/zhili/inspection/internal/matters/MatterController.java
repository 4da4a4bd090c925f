package org.zhili.inspection.internal.matters;

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
import org.zhili.inspection.Matters;
import org.zhili.platform.ApiProblem;

/** 随机抽查事项清单 over HTTP. */
@RestController
@RequestMapping("/api/v1/inspection/matters")
@Tag(name = "随机抽查事项清单", description = "各部门的抽查事项：编码、名称、检查依据、对象范围、行业、检查方式、重点或一般、检查内容。部门只能登记本部门的事项")
class MatterController {

	private final MatterRegistry matters;

	MatterController(MatterRegistry matters) {
		this.matters = matters;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "抽查事项清单（按编码），可按部门 department 筛选；各部门的都可查看")
	List<Matters.Matter> list(@RequestParam(required = false) String department) {
		return matters.list(department);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "登记抽查事项：部门（须为本部门）、编码（唯一）、名称、检查依据、对象范围、行业、方式（SITE 现场、DOCUMENT 书面、ONLINE 网络监测、SAMPLING 抽样检测）、keyMatter 重点检查事项、检查内容")
	ResponseEntity<Matters.Matter> register(@RequestBody Matters.NewMatter matter, Actor actor) {
		Matters.Matter registered = matters.register(matter, actor);
		return ResponseEntity.created(URI.create("/api/v1/inspection/matters/" + registered.id())).body(registered);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一项抽查事项")
	Matters.Matter get(@PathVariable long id) {
		return matters.find(id).orElseThrow(() -> ApiProblem.notFound("matter_not_found", "抽查事项清单中没有这一项"));
	}
}
