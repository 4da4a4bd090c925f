package org.zhili.cases.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.Urgency;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
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
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final AuditTrail audit;

	CategoryController(Categories categories, OrgUnits units, JdbcClient jdbc, AuditTrail audit) {
		this.categories = categories;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
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
	@Transactional
	CategoryView changeRule(@PathVariable String code, @Valid @RequestBody RuleChange change) {
		Category category = find(code);
		if (change.leadRule() == Category.LeadRule.INHERIT && category.level() == 1) {
			throw ApiProblem.badInput("leadRule", "no_parent", "一级分类没有上级，请选择属地街道或指定部门");
		}
		String unit = change.leadRule() == Category.LeadRule.DEPARTMENT ? change.leadUnitCode() : null;
		if (change.leadRule() == Category.LeadRule.DEPARTMENT && units.find(unit)
			.filter(u -> u.active() && u.level() == UnitLevel.DEPARTMENT)
			.isEmpty()) {
			throw ApiProblem.badInput("leadUnitCode", "unknown_department", "部门 " + unit + " 不存在或已停用");
		}
		int updated = jdbc.sql("""
				update cases.category set lead_rule = :rule, lead_unit_code = :unit, active = :active, version = version + 1
				where code = :code and version = :version""")
			.param("rule", change.leadRule().name())
			.param("unit", unit)
			.param("active", change.active())
			.param("code", code)
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw ApiProblem.conflict("concurrent_modification", "该分类已被他人修改，请刷新后重试");
		}
		audit.success("cases.category.updated", code, category.fullName() + "：承办规则 " + change.leadRule()
				+ (unit == null ? "" : " " + unit) + (change.active() ? "，启用" : "，停用"));
		categories.reload();
		return view(find(code));
	}

	@PutMapping("/{code}/limits")
	@PreAuthorize("hasAuthority('CASE_CONFIG')")
	@Operation(summary = "设置本分类（及其下级）的时限，如 {\"limits\":{\"EMERGENCY\":{\"ACCEPT\":\"10min\"}}}；空值取消覆盖")
	@Transactional
	CategoryView changeLimits(@PathVariable String code, @Valid @RequestBody LimitChange change) {
		Category category = find(code);
		change.limits().forEach((urgency, stages) -> stages.forEach((stage, text) -> {
			if (text == null || text.isBlank()) {
				jdbc.sql("delete from cases.time_limit where category_code = :c and urgency = :u and stage = :s")
					.param("c", code).param("u", urgency.name()).param("s", stage.name()).update();
				return;
			}
			TimeLimit limit;
			try {
				limit = TimeLimit.valueOf(text);
			}
			catch (IllegalArgumentException e) {
				throw ApiProblem.badInput("limits." + urgency + "." + stage, "invalid_limit", e.getMessage());
			}
			jdbc.sql("""
					insert into cases.time_limit (category_code, urgency, stage, time_limit) values (:c, :u, :s, :l)
					on conflict (category_code, urgency, stage) do update set time_limit = excluded.time_limit""")
				.param("c", code).param("u", urgency.name()).param("s", stage.name()).param("l", limit.toString()).update();
		}));
		audit.success("cases.category.limits", code, category.fullName() + "：时限 " + change.limits());
		categories.reload();
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
