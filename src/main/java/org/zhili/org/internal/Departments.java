package org.zhili.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.AuditTrail;
import org.zhili.org.DepartmentChanged;
import org.zhili.org.District;
import org.zhili.platform.ApiProblem;

/**
 * The district's departments (委局办, the command centre and the supervision office): seeded once, then
 * kept by the system administrator. Every change is audited. Departments are never deleted, only made
 * inactive, because cases keep pointing at them.
 */
@Service
class Departments {

	/** A department as shown and edited. */
	record Department(String code, String name, String shortName, DepartmentCategory category, String categoryLabel,
			boolean active, LocalDate validFrom, LocalDate validTo, int version) {
	}

	/**
	 * A new department. Codes are zhili's own: the district code and capital letters (no public list exists);
	 * that it starts with this district's code is checked on {@link Departments#create}.
	 */
	record NewDepartment(
			@NotBlank @Pattern(regexp = "[0-9]{6}[0-9A-Z]{1,26}", message = "应为 6 位区划代码加 1–26 位数字或大写字母") String code,
			@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String shortName,
			@NotNull DepartmentCategory category) {
	}

	/** A change of a department; {@code version} (optional) guards against overwriting someone else's edit. */
	record DepartmentChange(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String shortName,
			@NotNull DepartmentCategory category, @NotNull Boolean active, Integer version) {
	}

	private static final String COLUMNS = "code, name, short_name, category, active, valid_from, valid_to, version";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final District district;

	Departments(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock, District district) {
		this.district = district;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	List<Department> list(Boolean active) {
		return jdbc.sql("select " + COLUMNS + " from org.unit where level = 'DEPARTMENT'"
				+ (active == null ? "" : " and active = :active") + " order by sort_order, code")
			.param("active", active)
			.query(Departments::department)
			.list();
	}

	Optional<Department> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from org.unit where level = 'DEPARTMENT' and code = :code")
			.param("code", code)
			.query(Departments::department)
			.optional();
	}

	@Transactional
	Department create(NewDepartment department) {
		if (!department.code().startsWith(district.code())) {
			throw ApiProblem.badInput("code", "invalid_input",
					"应为本区代码 " + district.code() + " 加 1–26 位数字或大写字母");
		}
		if (jdbc.sql("select count(*) from org.unit where code = :code").param("code", department.code())
			.query(Long.class)
			.single() > 0) {
			throw ApiProblem.conflict("code_taken", "代码 " + department.code() + " 已被使用");
		}
		jdbc.sql("""
				insert into org.unit (code, name, short_name, level, category, parent_code, path, active, valid_from,
				  sort_order)
				select :code, :name, :short, 'DEPARTMENT', :category, d.code, d.path || :code || '/', true, :today,
				  (select coalesce(max(sort_order), 0) + 1 from org.unit where level = 'DEPARTMENT')
				from org.unit d where d.level = 'DISTRICT'""")
			.param("code", department.code())
			.param("name", department.name().strip())
			.param("short", department.shortName().strip())
			.param("category", department.category().name())
			.param("today", LocalDate.now(clock))
			.update();
		audit.success("org.department.created", department.code(),
				"新增部门 " + department.name() + "（" + department.category().label() + "）");
		events.publishEvent(new DepartmentChanged(department.code()));
		return find(department.code()).orElseThrow();
	}

	@Transactional
	Department update(String code, DepartmentChange change) {
		Department before = find(code).orElseThrow(Departments::notFound);
		if (change.version() != null && change.version() != before.version()) {
			throw ApiProblem.conflict("concurrent_modification", "该部门已被他人修改，请刷新后重试");
		}
		int updated = jdbc.sql("""
				update org.unit set name = :name, short_name = :short, category = :category, active = :active,
				  valid_to = case when :active then null else coalesce(valid_to, greatest(:today, valid_from)) end,
				  updated_at = now(), version = version + 1
				where code = :code and level = 'DEPARTMENT' and version = :version""")
			.param("name", change.name().strip())
			.param("short", change.shortName().strip())
			.param("category", change.category().name())
			.param("active", change.active())
			.param("today", LocalDate.now(clock))
			.param("code", code)
			.param("version", before.version())
			.update();
		if (updated == 0) {
			throw ApiProblem.conflict("concurrent_modification", "该部门已被他人修改，请刷新后重试");
		}
		Department after = find(code).orElseThrow();
		audit.success("org.department.updated", code, describe(before, after));
		events.publishEvent(new DepartmentChanged(code));
		return after;
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("not_found", "部门不存在");
	}

	/** What changed, for the audit trail: "名称 甲 → 乙；停用". */
	private static String describe(Department before, Department after) {
		List<String> changes = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			changes.add("名称 " + before.name() + " → " + after.name());
		}
		if (!before.shortName().equals(after.shortName())) {
			changes.add("简称 " + before.shortName() + " → " + after.shortName());
		}
		if (before.category() != after.category()) {
			changes.add("类别 " + before.category().label() + " → " + after.category().label());
		}
		if (before.active() != after.active()) {
			changes.add(after.active() ? "启用" : "停用");
		}
		return changes.isEmpty() ? "保存部门（无变化）" : String.join("；", changes);
	}

	private static Department department(ResultSet rs, int row) throws SQLException {
		DepartmentCategory category = DepartmentCategory.valueOf(rs.getString("category"));
		return new Department(rs.getString("code"), rs.getString("name"), rs.getString("short_name"), category,
				category.label(), rs.getBoolean("active"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
	}
}
