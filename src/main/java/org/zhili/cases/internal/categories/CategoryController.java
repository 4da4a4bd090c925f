package org.zhili.cases.internal.categories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.record.Stage;
import org.zhili.platform.ApiProblem;

/** The category tree, its lead-unit rules and time limits: read by everyone who registers cases, edited by the system administrator. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "诉求分类", description = "三级分类、默认承办单位规则、按紧急程度的时限")
class CategoryController {

	/** A category with its own rule and overrides, and the limits that apply after inheritance and defaults. */
	record CategoryView(String code, String name, String fullName, String parentCode, int level, String leadRule,
			String leadUnitCode, boolean active, int version, Map<String, Map<String, String>> ownLimits,
			Map<String, Map<String, String>> limits) {
	}

	record RuleChange(@NotNull Category.LeadRule leadRule, @Size(max = 32) String leadUnitCode, @NotNull Boolean active,
			@NotNull Integer version) {
	}

	/** Overrides per urgency and stage ({@code ACCEPT}, {@code FEEDBACK}, {@code REPORT_IN}, {@code CALLBACK}); {@code null} removes one. */
	record LimitChange(@NotNull Map<Urgency, Map<Stage, @Size(max = 16) String>> limits) {
	}

	private final Categories categories;
	private final CategoryChanges changes;

	CategoryController(Categories categories, CategoryChanges changes) {
		this.categories = categories;
		this.changes = changes;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('CASE_VIEW', 'CASE_CONFIG')")
	@Operation(summary = "全部分类（按树的顺序）及其承办规则和时限")
	List<CategoryView> all() {
		return categories.all().stream().map(this::view).toList();
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAnyAuthority('CASE_VIEW', 'CASE_CONFIG')")
	@Operation(summary = "一个分类")
	CategoryView one(@PathVariable String code) {
		return view(find(code));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('CASE_CONFIG')")
	@Operation(summary = "修改承办规则（TERRITORIAL 属地街道 / DEPARTMENT 指定部门 / INHERIT 同上级）和启用状态")
	CategoryView changeRule(@PathVariable String code, @Valid @RequestBody RuleChange change) {
		changes.changeRule(find(code), change);
		// Reloaded once the change is committed, so nobody reads a tree that might still be rolled back.
		categories.changed();
		return view(find(code));
	}

	@PutMapping("/{code}/limits")
	@PreAuthorize("hasAuthority('CASE_CONFIG')")
	@Operation(summary = "设置本分类（及其下级）的时限，如 {\"limits\":{\"EMERGENCY\":{\"ACCEPT\":\"10min\"}}}；空值取消覆盖")
	CategoryView changeLimits(@PathVariable String code, @Valid @RequestBody LimitChange change) {
		changes.changeLimits(find(code), change);
		categories.changed();
		return view(find(code));
	}

	private Category find(String code) {
		return categories.find(code).orElseThrow(() -> ApiProblem.notFound("category_not_found", "分类 " + code + " 不存在"));
	}

	private CategoryView view(Category c) {
		Map<String, Map<String, String>> own = new LinkedHashMap<>();
		categories.overridesOf(c.code()).forEach((u, stages) -> {
			Map<String, String> s = new LinkedHashMap<>();
			stages.forEach((stage, limit) -> s.put(stage.name(), limit.toString()));
			own.put(u.name(), s);
		});
		Map<String, Map<String, String>> effective = new LinkedHashMap<>();
		for (Urgency u : Urgency.values()) {
			Map<String, String> s = new LinkedHashMap<>();
			for (Stage stage : Stage.values()) {
				s.put(stage.name(), categories.limit(c.code(), u, stage).toString());
			}
			effective.put(u.name(), s);
		}
		return new CategoryView(c.code(), c.name(), c.fullName(), c.parentCode(), c.level(), c.leadRule().name(),
				c.leadUnitCode(), c.active(), c.version(), own, effective);
	}
}
