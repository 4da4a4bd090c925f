package org.zhili.inspection.internal.subjects;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.CreditChange;
import org.zhili.inspection.Subjects.Filter;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.Scale;
import org.zhili.inspection.Subjects.Subject;
import org.zhili.inspection.internal.subjects.SubjectChecks.Checked;
import org.zhili.org.Location;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** The subject library's tables: subjects and their credit changes. */
@Component
class SubjectStore {

	/** Rows per round trip of an import's batch. */
	private static final int BATCH = 1_000;
	private static final String COLUMNS = """
			id, credit_code, name, kind, address, street_code, community_code, grid_code, lng, lat, industry, scale, tags,
			credit_class, credit_since""";

	/** A subject already in the library, as an import finds it by code. */
	record Existing(long id, CreditClass creditClass) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final OrgUnits units;

	SubjectStore(JdbcClient jdbc, JdbcTemplate batch, OrgUnits units) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.units = units;
	}

	/** Inserts a subject; -1 when its code is already in the library. */
	long insert(Checked c, Instant at) {
		NewSubject s = c.subject();
		Location l = c.location();
		return jdbc.sql("""
				insert into inspection.subject (credit_code, name, kind, address, street_code, community_code, grid_code,
				  lng, lat, industry, scale, tags, credit_class, credit_since, created_at, updated_at)
				values (:code, :name, :kind, :address, :street, :community, :grid, :lng, :lat, :industry, :scale,
				  :tags, :class, :at, :at, :at)
				on conflict (credit_code) do nothing
				returning id""")
			.param("code", s.creditCode()).param("name", s.name()).param("kind", s.kind().name())
			.param("address", s.address()).param("street", code(l == null ? null : l.street()))
			.param("community", code(l == null ? null : l.community())).param("grid", code(l == null ? null : l.grid()))
			.param("lng", l == null ? null : s.lng()).param("lat", l == null ? null : s.lat())
			.param("industry", s.industry()).param("scale", s.scale().name())
			.param("tags", s.tags().toArray(String[]::new))
			.param("class", (s.creditClass() == null ? CreditClass.B : s.creditClass()).name())
			.param("at", Timestamp.from(at))
			.query(Long.class).optional().orElse(-1L);
	}

	/** Inserts new subjects in batches (class B where none is given). */
	void insertAll(List<Checked> subjects, Instant at) {
		Timestamp now = Timestamp.from(at);
		batch.batchUpdate("""
				insert into inspection.subject (credit_code, name, kind, address, street_code, community_code, grid_code,
				  lng, lat, industry, scale, tags, credit_class, credit_since, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", subjects, BATCH, (ps, c) -> {
			NewSubject s = c.subject();
			int i = fill(ps, c);
			ps.setString(i++, (s.creditClass() == null ? CreditClass.B : s.creditClass()).name());
			ps.setTimestamp(i++, now);
			ps.setTimestamp(i++, now);
			ps.setTimestamp(i, now);
		});
	}

	/** Rewrites subjects found by code; a class given is set (its change recorded by the caller), none keeps the class. */
	void updateAll(List<Checked> subjects, Instant at) {
		Timestamp now = Timestamp.from(at);
		batch.batchUpdate("""
				update inspection.subject set credit_code = ?, name = ?, kind = ?, address = ?, street_code = ?,
				  community_code = ?, grid_code = ?, lng = ?, lat = ?, industry = ?, scale = ?, tags = ?,
				  credit_since = case when ?::char(1) is null or ?::char(1) = credit_class then credit_since else ? end,
				  credit_class = coalesce(?::char(1), credit_class), updated_at = ?
				where credit_code = ?""", subjects, BATCH, (ps, c) -> {
			NewSubject s = c.subject();
			String cls = s.creditClass() == null ? null : s.creditClass().name();
			int i = fill(ps, c);
			ps.setString(i++, cls);
			ps.setString(i++, cls);
			ps.setTimestamp(i++, now);
			ps.setString(i++, cls);
			ps.setTimestamp(i++, now);
			ps.setString(i, s.creditCode());
		});
	}

	/** Sets the twelve columns a subject's description fills, from the first parameter; answers the next one's index. */
	private static int fill(PreparedStatement ps, Checked c) throws SQLException {
		NewSubject s = c.subject();
		Location l = c.location();
		ps.setString(1, s.creditCode());
		ps.setString(2, s.name());
		ps.setString(3, s.kind().name());
		ps.setString(4, s.address());
		ps.setString(5, code(l == null ? null : l.street()));
		ps.setString(6, code(l == null ? null : l.community()));
		ps.setString(7, code(l == null ? null : l.grid()));
		ps.setObject(8, l == null ? null : s.lng(), java.sql.Types.DOUBLE);
		ps.setObject(9, l == null ? null : s.lat(), java.sql.Types.DOUBLE);
		ps.setString(10, s.industry());
		ps.setString(11, s.scale().name());
		Array tags = ps.getConnection().createArrayOf("varchar", s.tags().toArray());
		ps.setArray(12, tags);
		return 13;
	}

	/** The subjects of these codes already in the library, by code. */
	Map<String, Existing> existing(Collection<String> codes) {
		Map<String, Existing> found = new HashMap<>();
		jdbc.sql("select id, credit_code, credit_class from inspection.subject where credit_code = any (:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> found.put(rs.getString("credit_code"),
					new Existing(rs.getLong("id"), CreditClass.valueOf(rs.getString("credit_class")))))
			.list();
		return found;
	}

	Optional<Subject> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from inspection.subject where id = :id").param("id", id)
			.query(this::subject).optional();
	}

	List<Subject> findAll(Collection<Long> ids) {
		return jdbc.sql("select " + COLUMNS + " from inspection.subject where id = any (:ids)")
			.param("ids", ids.toArray(Long[]::new)).query(this::subject).list();
	}

	Optional<Subject> byCreditCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from inspection.subject where credit_code = :code").param("code", code)
			.query(this::subject).optional();
	}

	/** One query for the whole population a draw reads, in id order. */
	List<Subject> matching(Filter f) {
		return jdbc.sql("select " + COLUMNS + """
				 from inspection.subject
				where (cardinality(cast(:industries as varchar[])) = 0 or industry = any (cast(:industries as varchar[])))
				  and (cardinality(cast(:streets as varchar[])) = 0 or street_code = any (cast(:streets as varchar[])))
				  and (cardinality(cast(:tags as varchar[])) = 0 or tags && cast(:tags as varchar[]))
				  and (cardinality(cast(:classes as varchar[])) = 0 or credit_class = any (cast(:classes as varchar[])))
				  and (cast(:kind as varchar) is null or kind = :kind)
				order by id""")
			.param("industries", array(f.industries()))
			.param("streets", array(f.streetCodes()))
			.param("tags", array(f.tags()))
			.param("classes", f.classes() == null ? new String[0] : f.classes().stream().map(Enum::name).toArray(String[]::new))
			.param("kind", f.kind() == null ? null : f.kind().name())
			.query(this::subject).list();
	}

	private static final String SEARCH = """
			 from inspection.subject
			where (cast(:q as varchar) is null or name like :like escape '\\' or credit_code like :codePrefix escape '\\')
			  and (cast(:street as varchar) is null or street_code = :street)
			  and (cast(:industry as varchar) is null or industry = :industry)
			  and (cast(:class as varchar) is null or credit_class = :class)
			  and (cast(:kind as varchar) is null or kind = :kind)
			  and (cast(:tag as varchar) is null or cast(:tag as varchar) = any (tags))""";

	List<Subject> search(SubjectSearch s) {
		return searchParams(jdbc.sql("select " + COLUMNS + SEARCH + " order by id limit :limit offset :offset"), s)
			.param("limit", s.size()).param("offset", s.offset())
			.query(this::subject).list();
	}

	long count(SubjectSearch s) {
		return searchParams(jdbc.sql("select count(*)" + SEARCH), s).query(Long.class).single();
	}

	/** How many subjects of each class the search finds, whatever class it asks for. */
	Map<CreditClass, Long> classCounts(SubjectSearch s) {
		Map<CreditClass, Long> counts = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			counts.put(c, 0L);
		}
		searchParams(jdbc.sql("select credit_class, count(*) n" + SEARCH + " group by credit_class"), s.anyClass())
			.query((rs, n) -> counts.put(CreditClass.valueOf(rs.getString("credit_class")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The industries in the library, for a search's choices. */
	List<String> industries() {
		return jdbc.sql("select distinct industry from inspection.subject order by industry").query(String.class).list();
	}

	private static JdbcClient.StatementSpec searchParams(JdbcClient.StatementSpec sql, SubjectSearch s) {
		String q = s.q();
		String escaped = q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return sql.param("q", q)
			.param("like", escaped == null ? null : "%" + escaped + "%")
			.param("codePrefix", escaped == null ? null : escaped.toUpperCase(Locale.ROOT) + "%")
			.param("street", s.streetCode())
			.param("industry", s.industry())
			.param("class", s.creditClass() == null ? null : s.creditClass().name())
			.param("kind", s.kind() == null ? null : s.kind().name())
			.param("tag", s.tag());
	}

	/** The subject's class, its row locked until the transaction ends (two changes of one subject queue up). */
	Optional<CreditClass> lockClass(long id) {
		return jdbc.sql("select credit_class from inspection.subject where id = :id for update").param("id", id)
			.query(String.class).optional().map(CreditClass::valueOf);
	}

	void setClass(long id, CreditClass to, Instant at) {
		jdbc.sql("update inspection.subject set credit_class = :to, credit_since = :at, updated_at = :at where id = :id")
			.param("to", to.name()).param("at", Timestamp.from(at)).param("id", id).update();
	}

	void insertChanges(List<CreditChange> changes) {
		batch.batchUpdate("""
				insert into inspection.credit_change (subject_id, from_class, to_class, rule, reason, source_loop, source_id,
				  changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, BATCH, (ps, c) -> {
			ps.setLong(1, c.subjectId());
			ps.setString(2, c.from().name());
			ps.setString(3, c.to().name());
			ps.setString(4, c.rule());
			ps.setString(5, c.reason());
			ps.setString(6, c.sourceLoop());
			ps.setObject(7, c.sourceId(), java.sql.Types.BIGINT);
			ps.setTimestamp(8, Timestamp.from(c.at()));
			ps.setString(9, c.by());
		});
	}

	List<CreditChange> history(long subjectId) {
		return jdbc.sql("""
				select subject_id, from_class, to_class, rule, reason, source_loop, source_id, changed_at, changed_by
				from inspection.credit_change where subject_id = :id order by changed_at, id""")
			.param("id", subjectId)
			.query((rs, n) -> new CreditChange(rs.getLong("subject_id"), CreditClass.valueOf(rs.getString("from_class")),
					CreditClass.valueOf(rs.getString("to_class")), rs.getString("rule"), rs.getString("reason"),
					rs.getString("source_loop"), rs.getObject("source_id", Long.class),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.list();
	}

	private Subject subject(ResultSet rs, int n) throws SQLException {
		String street = rs.getString("street_code");
		return new Subject(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				Kind.valueOf(rs.getString("kind")), rs.getString("address"), street,
				street == null ? null : units.find(street).map(OrgUnit::name).orElse(street),
				rs.getString("community_code"), rs.getString("grid_code"), rs.getObject("lng", Double.class),
				rs.getObject("lat", Double.class), rs.getString("industry"), Scale.valueOf(rs.getString("scale")),
				strings(rs.getArray("tags")), CreditClass.valueOf(rs.getString("credit_class")),
				rs.getTimestamp("credit_since").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static String[] array(Collection<String> values) {
		return values == null ? new String[0] : values.toArray(String[]::new);
	}

	private static String code(Location.Place place) {
		return place == null ? null : place.code();
	}
}
