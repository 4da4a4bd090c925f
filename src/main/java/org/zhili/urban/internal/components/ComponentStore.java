package org.zhili.urban.internal.components;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inventory's table ({@code urban.component}): bulk upserts, filtered reads, the map's boxes, edits. */
@Repository
class ComponentStore {

	/** A filter of the list, the export and the map; {@code null} fields do not filter. */
	record Filter(String classCode, String area, Component.State state, String text) {

		static final Filter ALL = new Filter(null, null, null, null);
	}

	/** A page of components and how many match in all. */
	record Page(List<Component> items, long total) {
	}

	/** What the lookup index keeps of a component. */
	record Spot(String id, String classCode, String name, Component.State state, double lng, double lat) {
	}

	/** Many components near each other on a small map: their mean point and how many there are, of which not 完好. */
	record Cluster(double lng, double lat, int count, int faulty) {
	}

	private static final int CHUNK = 5_000;
	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;

	ComponentStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/** Holds the inventory's write lock until the transaction ends (sequences are given out under it). */
	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('zhili.urban.components'))").query().listOfRows();
	}

	/** The highest sequence used per 10-digit prefix (district + class). */
	Map<String, Integer> highestSequences() {
		Map<String, Integer> result = new HashMap<>();
		jdbc.sql("select left(id, 10), max(cast(substring(id, 11) as int)) from urban.component group by 1")
			.query(rs -> {
				result.put(rs.getString(1), rs.getInt(2));
			});
		return result;
	}

	/**
	 * Inserts the components, replacing those whose identifier exists, in chunks of one statement each (arrays
	 * unnested: some 20,000 rows a second or more).
	 *
	 * @return how many were new
	 */
	int upsert(List<Component> components) {
		int created = 0;
		for (int from = 0; from < components.size(); from += CHUNK) {
			List<Component> chunk = components.subList(from, Math.min(components.size(), from + CHUNK));
			created += template.execute((ConnectionCallback<Integer>) c -> upsertChunk(c, chunk));
		}
		return created;
	}

	private int upsertChunk(Connection c, List<Component> chunk) throws SQLException {
		int n = chunk.size();
		String[] id = new String[n], cls = new String[n], name = new String[n], owner = new String[n],
				manager = new String[n], maintainer = new String[n], grid = new String[n], community = new String[n],
				street = new String[n], state = new String[n], source = new String[n], note = new String[n],
				line = new String[n], attrs = new String[n];
		java.sql.Date[] initial = new java.sql.Date[n], changed = new java.sql.Date[n];
		Double[] lng = new Double[n], lat = new Double[n];
		for (int i = 0; i < n; i++) {
			Component x = chunk.get(i);
			id[i] = x.id();
			cls[i] = x.classCode();
			name[i] = x.name();
			owner[i] = x.ownerUnit();
			manager[i] = x.managerCode();
			maintainer[i] = x.maintainerUnit();
			grid[i] = x.gridCode();
			community[i] = x.communityCode();
			street[i] = x.streetCode();
			state[i] = x.state().name();
			initial[i] = sqlDate(x.initialDate());
			changed[i] = sqlDate(x.changedDate());
			source[i] = x.dataSource();
			note[i] = x.note();
			lng[i] = x.lng();
			lat[i] = x.lat();
			line[i] = x.lineWkt();
			attrs[i] = json.writeValueAsString(x.attributes());
		}
		String sql = """
				insert into urban.component (id, class_code, name, owner_unit, manager_code, maintainer_unit, grid_code,
				    community_code, street_code, state, initial_date, changed_date, data_source, note, lng, lat, line_wkt,
				    attributes, updated_at)
				select u.id, u.cls, u.name, u.owner, u.manager, u.maintainer, u.grid, u.community, u.street, u.state,
				    u.initial, u.changed, u.source, u.note, u.lng, u.lat, u.line, cast(u.attrs as jsonb), now()
				from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
				    ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[],
				    ?::float8[], ?::float8[], ?::text[], ?::text[])
				  as u(id, cls, name, owner, manager, maintainer, grid, community, street, state, initial, changed,
				    source, note, lng, lat, line, attrs)
				on conflict (id) do update set class_code = excluded.class_code, name = excluded.name,
				    owner_unit = excluded.owner_unit, manager_code = excluded.manager_code,
				    maintainer_unit = excluded.maintainer_unit, grid_code = excluded.grid_code,
				    community_code = excluded.community_code, street_code = excluded.street_code, state = excluded.state,
				    initial_date = coalesce(excluded.initial_date, urban.component.initial_date),
				    changed_date = excluded.changed_date, data_source = excluded.data_source, note = excluded.note,
				    lng = excluded.lng, lat = excluded.lat, line_wkt = excluded.line_wkt, attributes = excluded.attributes,
				    updated_at = now()
				returning (xmax = 0)""";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			Object[][] columns = { id, cls, name, owner, manager, maintainer, grid, community, street, state };
			int p = 1;
			for (Object[] column : columns) {
				ps.setArray(p++, c.createArrayOf("varchar", column));
			}
			ps.setArray(p++, c.createArrayOf("date", initial));
			ps.setArray(p++, c.createArrayOf("date", changed));
			ps.setArray(p++, c.createArrayOf("varchar", source));
			ps.setArray(p++, c.createArrayOf("varchar", note));
			ps.setArray(p++, c.createArrayOf("float8", lng));
			ps.setArray(p++, c.createArrayOf("float8", lat));
			ps.setArray(p++, c.createArrayOf("text", line));
			Array attributes = c.createArrayOf("text", attrs);
			ps.setArray(p, attributes);
			int created = 0;
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (rs.getBoolean(1)) {
						created++;
					}
				}
			}
			return created;
		}
	}

	private static java.sql.Date sqlDate(LocalDate d) {
		return d == null ? null : java.sql.Date.valueOf(d);
	}

	Optional<Component> find(String id) {
		return jdbc.sql("select * from urban.component where id = :id").param("id", id).query(this::component).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from urban.component").query(Long.class).single();
	}

	Page list(Filter filter, int limit, int offset) {
		List<Component> items = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql("select *, count(*) over () as total from urban.component where " + WHERE + " order by id limit :limit offset :offset")
			.paramSource(params(filter).addValue("limit", limit).addValue("offset", offset))
			.query(rs -> {
				total[0] = rs.getLong("total");
				items.add(component(rs, 0));
			});
		if (items.isEmpty() && offset > 0) {
			total[0] = jdbc.sql("select count(*) from urban.component where " + WHERE).paramSource(params(filter))
				.query(Long.class).single();
		}
		return new Page(items, total[0]);
	}

	/** Every matching component in identifier order, one at a time (exports). */
	void each(Filter filter, Consumer<Component> consumer) {
		jdbc.sql("select * from urban.component where " + WHERE + " order by id").paramSource(params(filter))
			.query(rs -> {
				consumer.accept(component(rs, 0));
			});
	}

	/** Counts per class and per state, for the page's legend. */
	List<Map<String, Object>> countsByClassAndState() {
		return jdbc.sql("select class_code, state, count(*) as n from urban.component group by 1, 2 order by 1, 2")
			.query().listOfRows();
	}

	/** Components in a box, at most {@code limit} (one more tells the caller there are more). */
	List<Component> inBox(double west, double south, double east, double north, List<String> majors, int limit) {
		return jdbc.sql("select * from urban.component where lng between :w and :e and lat between :s and :n"
				+ " and left(class_code, 2) in (:majors) order by id limit :limit")
			.param("w", west).param("e", east).param("s", south).param("n", north)
			.param("majors", majors).param("limit", limit)
			.query(this::component).list();
	}

	/** Components in a box gathered into cells of {@code cell} degrees. */
	List<Cluster> clusters(double west, double south, double east, double north, List<String> majors, double cell) {
		return jdbc.sql("""
				select avg(lng), avg(lat), count(*), count(*) filter (where state <> 'INTACT')
				from urban.component where lng between :w and :e and lat between :s and :n and left(class_code, 2) in (:majors)
				group by floor(lng / :cell), floor(lat / :cell)""")
			.param("w", west).param("e", east).param("s", south).param("n", north)
			.param("majors", majors).param("cell", cell)
			.query((rs, i) -> new Cluster(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4))).list();
	}

	/** What the lookup index needs of every component. */
	List<Spot> spots() {
		return jdbc.sql("select id, class_code, name, state, lng, lat from urban.component")
			.query((rs, i) -> new Spot(rs.getString(1), rs.getString(2), rs.getString(3),
					Component.State.valueOf(rs.getString(4)), rs.getDouble(5), rs.getDouble(6)))
			.list();
	}

	/** Changes what an edit may change; the change date is the day of the edit. */
	void edit(String id, Component.State state, String note, Map<String, Object> attributes, LocalDate today) {
		jdbc.sql("""
				update urban.component set state = :state, note = :note, attributes = cast(:attributes as jsonb),
				    changed_date = :today, updated_at = now() where id = :id""")
			.param("id", id).param("state", state.name()).param("note", note)
			.param("attributes", json.writeValueAsString(attributes)).param("today", today)
			.update();
	}

	private static final String WHERE = """
			(cast(:cls as varchar) is null or class_code = :cls or left(class_code, 2) = :cls)
			and (cast(:area as varchar) is null or grid_code = :area or community_code = :area or street_code = :area)
			and (cast(:state as varchar) is null or state = :state)
			and (cast(:text as varchar) is null or id like :prefix or name ilike :like or owner_unit ilike :like
			     or maintainer_unit ilike :like or cast(attributes as text) ilike :like)""";

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Filter f) {
		String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
		String escaped = text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("cls", blankToNull(f.classCode()))
			.addValue("area", blankToNull(f.area()))
			.addValue("state", f.state() == null ? null : f.state().name())
			.addValue("text", text)
			.addValue("prefix", escaped == null ? null : escaped + "%")
			.addValue("like", escaped == null ? null : "%" + escaped + "%");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private Component component(ResultSet rs, int n) throws SQLException {
		String attributes = rs.getString("attributes");
		return new Component(rs.getString("id"), rs.getString("class_code"), rs.getString("name"),
				rs.getString("owner_unit"), rs.getString("manager_code"), rs.getString("maintainer_unit"),
				rs.getString("grid_code"), rs.getString("community_code"), rs.getString("street_code"),
				Component.State.valueOf(rs.getString("state")), rs.getObject("initial_date", LocalDate.class),
				rs.getObject("changed_date", LocalDate.class), rs.getString("data_source"), rs.getString("note"),
				rs.getDouble("lng"), rs.getDouble("lat"), rs.getString("line_wkt"),
				attributes == null ? Map.of() : json.readValue(attributes, MAP));
	}
}
