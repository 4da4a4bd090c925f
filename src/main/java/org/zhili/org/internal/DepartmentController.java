package org.zhili.org.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 部门管理: the public directory of departments, kept by the system administrator. */
@RestController
@RequestMapping("/api/v1/org/departments")
@Tag(name = "部门", description = "委局办、指挥中心、督查室：公开名录，系统管理员维护")
class DepartmentController {

	private final Departments departments;

	DepartmentController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "部门名录（所有有组织架构查看权限的账号可见）")
	List<Departments.Department> list(@RequestParam(required = false) Boolean active) {
		return departments.list(active);
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "部门详情")
	Departments.Department get(@PathVariable String code) {
		return departments.find(code).orElseThrow(Departments::notFound);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "新增部门（可带 Idempotency-Key 安全重试）")
	ResponseEntity<Departments.Department> create(@Valid @RequestBody Departments.NewDepartment department,
			@Parameter(description = "重试同一请求时带相同的值，只创建一次") @RequestHeader(value = "Idempotency-Key",
					required = false) String idempotencyKey) {
		Departments.Department created = departments.create(department);
		return ResponseEntity.created(URI.create("/api/v1/org/departments/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "修改部门名称、简称、类别或启用状态（带 version 防止覆盖他人修改）")
	Departments.Department update(@PathVariable String code, @Valid @RequestBody Departments.DepartmentChange change) {
		return departments.update(code, change);
	}
}
