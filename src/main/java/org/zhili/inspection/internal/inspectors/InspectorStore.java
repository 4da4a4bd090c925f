package org.zhili.inspection.internal.inspectors;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.inspection.Inspectors.Conflict;
import org.zhili.inspection.Inspectors.ConflictKind;
import org.zhili.inspection.Inspectors.Inspector;
import org.zhili.inspection.Inspectors.NewInspector;

/**
 * The inspector library's tables. Inspectors are read with their conflicts in two queries whatever their number:
 * the inspectors, then the conflicts of all of them.
 */
@Component
class InspectorStore {

	private static final String COLUMNS = """
			select id, name, department_code, licence_number, licence_expires, expertise, username, active
			from inspection.inspector i""";

	/** An inspector's row before its conflicts are attached. */
	private record Row(long id, String name, String departmentCode, String licenceNumber, LocalDate licenceExpires,
			List<String> expertise, String username, boolean active) {
	}

	private final JdbcClient jdbc;
	private final OwnDepartment departments;

	InspectorStore(JdbcClient jdbc, OwnDepartment departments) {
		this.jdbc = jdbc;
		this.departments = departments;
	}

	long insert(NewInspector i, Instant at) {
		return jdbc.sql("""
				insert into inspection.inspector (name, department_code, licence_number, licence_expires, expertise,
				  username, created_at)
				values (:name, :dept, :licence, :expires, :expertise, :username, :at)
				returning id""")
			.param("name", i.name()).param("dept", i.departmentCode()).param("licence", i.licenceNumber())
			.param("expires", i.licenceExpires()).param("expertise", i.expertise().toArray(String[]::new))
			.param("username", i.username()).param("at", Timestamp.from(at))
			.query(Long.class).single();
	}

	boolean licenceTaken(String licenceNumber) {
		return jdbc.sql("select exists (select 1 from inspection.inspector where licence_number = :n)")
			.param("n", licenceNumber).query(Boolean.class).single();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select exists (select 1 from inspection.inspector where username = :u)")
			.param("u", username).query(Boolean.class).single();
	}

	/** Declares a conflict, or rewrites the one already declared with that subject. */
	void declare(long inspectorId, Conflict c, Instant at) {
		jdbc.sql("""
				insert into inspection.inspector_conflict (inspector_id, credit_code, kind, note, declared_at)
				values (:id, :code, :kind, :note, :at)
				on conflict (inspector_id, credit_code) do update set kind = excluded.kind, note = excluded.note,
				  declared_at = excluded.declared_at""")
			.param("id", inspectorId).param("code", c.creditCode()).param("kind", c.kind().name())
			.param("note", c.note()).param("at", Timestamp.from(at))
			.update();
	}

	Optional<Inspector> find(long id) {
		return withConflicts(jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(InspectorStore::row).list())
			.stream().findFirst();
	}

	List<Inspector> findAll(Collection<Long> ids) {
		return withConflicts(jdbc.sql(COLUMNS + " where id = any (:ids) order by id").param("ids", ids.toArray(Long[]::new))
			.query(InspectorStore::row).list());
	}

	Optional<Inspector> byUsername(String username) {
		return withConflicts(jdbc.sql(COLUMNS + " where username = :u").param("u", username).query(InspectorStore::row).list())
			.stream().findFirst();
	}

	/** Active inspectors of these departments, in id order. */
	List<Inspector> activeOf(Collection<String> departmentCodes) {
		return withConflicts(jdbc.sql(COLUMNS + " where active and department_code = any (:depts) order by id")
			.param("depts", departmentCodes.toArray(String[]::new)).query(InspectorStore::row).list());
	}

	/** Every inspector, active or not, of one department or (when {@code null}) all, by department and id. */
	List<Inspector> list(String departmentCode) {
		return withConflicts(jdbc.sql(COLUMNS + " where cast(:dept as varchar) is null or department_code = :dept"
				+ " order by department_code, id")
			.param("dept", departmentCode).query(InspectorStore::row).list());
	}

	private List<Inspector> withConflicts(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Conflict>> conflicts = new HashMap<>();
		jdbc.sql("""
				select inspector_id, credit_code, kind, note from inspection.inspector_conflict
				where inspector_id = any (:ids) order by inspector_id, id""")
			.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> conflicts.computeIfAbsent(rs.getLong("inspector_id"), k -> new ArrayList<>())
				.add(new Conflict(rs.getString("credit_code"), ConflictKind.valueOf(rs.getString("kind")), rs.getString("note"))))
			.list();
		List<Inspector> inspectors = new ArrayList<>(rows.size());
		for (Row r : rows) {
			inspectors.add(new Inspector(r.id(), r.name(), r.departmentCode(), departments.name(r.departmentCode()),
					r.licenceNumber(), r.licenceExpires(), r.expertise(), r.username(), r.active(),
					List.copyOf(conflicts.getOrDefault(r.id(), List.of()))));
		}
		return inspectors;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("department_code"),
				rs.getString("licence_number"), rs.getObject("licence_expires", LocalDate.class),
				strings(rs.getArray("expertise")), rs.getString("username"), rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
