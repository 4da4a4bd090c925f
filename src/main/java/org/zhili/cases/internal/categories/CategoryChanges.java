package org.zhili.cases.internal.categories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.TimeLimit;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/**
 * The system administrator's changes to a category: its lead-unit rule and its time limits, each checked,
 * written and audited in one transaction. The caller reloads {@link Categories} after the commit.
 */
@Service
class CategoryChanges {

	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final AuditTrail audit;

	CategoryChanges(OrgUnits units, JdbcClient jdbc, AuditTrail audit) {
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	void changeRule(Category category, CategoryController.RuleChange change) {
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
			.param("code", category.code())
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw ApiProblem.conflict("concurrent_modification", "该分类已被他人修改，请刷新后重试");
		}
		audit.success("cases.category.updated", category.code(), category.fullName() + "：承办规则 " + change.leadRule()
				+ (unit == null ? "" : " " + unit) + (change.active() ? "，启用" : "，停用"));
	}

	@Transactional
	void changeLimits(Category category, CategoryController.LimitChange change) {
		String code = category.code();
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
	}
}
