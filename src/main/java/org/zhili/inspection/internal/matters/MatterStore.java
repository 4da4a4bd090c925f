package org.zhili.inspection.internal.matters;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.inspection.Matters.Matter;
import org.zhili.inspection.Matters.Method;
import org.zhili.inspection.Matters.NewMatter;
import org.zhili.inspection.internal.inspectors.OwnDepartment;

/** The 抽查事项清单's table. */
@Component
class MatterStore {

	private static final String COLUMNS = """
			select id, department_code, code, name, legal_basis, subject_scope, industries, method, key_matter, checklist,
			  active
			from inspection.matter""";

	private final JdbcClient jdbc;
	private final OwnDepartment departments;

	MatterStore(JdbcClient jdbc, OwnDepartment departments) {
		this.jdbc = jdbc;
		this.departments = departments;
	}

	/** Inserts a matter; -1 when its code is taken. */
	long insert(NewMatter m, Instant at) {
		return jdbc.sql("""
				insert into inspection.matter (department_code, code, name, legal_basis, subject_scope, industries, method,
				  key_matter, checklist, created_at)
				values (:dept, :code, :name, :basis, :scope, :industries, :method, :key, :checklist, :at)
				on conflict (code) do nothing
				returning id""")
			.param("dept", m.departmentCode()).param("code", m.code()).param("name", m.name())
			.param("basis", m.legalBasis()).param("scope", m.subjectScope())
			.param("industries", m.industries().toArray(String[]::new)).param("method", m.method().name())
			.param("key", m.keyMatter()).param("checklist", m.checklist().toArray(String[]::new))
			.param("at", Timestamp.from(at))
			.query(Long.class).optional().orElse(-1L);
	}

	Optional<Matter> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::matter).optional();
	}

	/** Active matters of one department or (when {@code null}) all, by code. */
	List<Matter> list(String departmentCode) {
		return jdbc.sql(COLUMNS + " where active and (cast(:dept as varchar) is null or department_code = :dept) order by code")
			.param("dept", departmentCode).query(this::matter).list();
	}

	private Matter matter(ResultSet rs, int n) throws SQLException {
		String dept = rs.getString("department_code");
		return new Matter(rs.getLong("id"), dept, departments.name(dept), rs.getString("code"), rs.getString("name"),
				rs.getString("legal_basis"), rs.getString("subject_scope"), strings(rs.getArray("industries")),
				Method.valueOf(rs.getString("method")), rs.getBoolean("key_matter"), strings(rs.getArray("checklist")),
				rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
