package org.zhili.urban.internal.gridwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.FieldCipher;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.urban.GridWork;

/**
 * Loads rosters and ledgers with their visits in batches: ids are drawn from the tables' sequences first, so that
 * households, persons and visits can name their building and household without a round trip per row.
 */
@Component
class GridWorkLoader implements GridWork {

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final FieldCipher cipher;
	private final OrgUnits units;

	GridWorkLoader(JdbcClient jdbc, NamedParameterJdbcTemplate batch, FieldCipher cipher, OrgUnits units) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.cipher = cipher;
		this.units = units;
	}

	@Override
	public boolean empty() {
		return !jdbc.sql("""
				select exists (select 1 from urban.grid_roster) or exists (select 1 from urban.grid_building)
				  or exists (select 1 from urban.grid_visit)""").query(Boolean.class).single();
	}

	@Override
	@Transactional
	public Loaded load(List<Worker> roster, List<Building> buildings, String by, Instant at) {
		Map<String, String> paths = new HashMap<>();
		Timestamp now = Timestamp.from(at);
		List<SqlParameterSource> workers = new ArrayList<>();
		Map<String, String> phones = new HashMap<>();
		for (Worker w : roster) {
			// A worker on several grids has one phone: encrypted once.
			String phone = w.phone() == null ? null : phones.computeIfAbsent(w.username() + "|" + w.phone(), k -> cipher.encrypt(w.phone()));
			workers.add(new MapSqlParameterSource().addValue("u", w.username())
				.addValue("n", w.name())
				.addValue("p", phone)
				.addValue("g", w.gridCode())
				.addValue("path", path(paths, w.gridCode()))
				.addValue("s", w.startsOn())
				.addValue("by", by)
				.addValue("at", now));
		}
		batch.batchUpdate("""
				insert into urban.grid_roster (username, worker_name, phone_enc, grid_code, grid_path, starts_on, created_by, created_at)
				values (:u, :n, :p, :g, :path, :s, :by, :at)""", workers.toArray(SqlParameterSource[]::new));

		int householdCount = buildings.stream().mapToInt(b -> b.households().size()).sum();
		int personCount = buildings.stream().flatMap(b -> b.households().stream()).mapToInt(h -> h.persons().size()).sum();
		int placeCount = buildings.stream().mapToInt(b -> b.places().size()).sum();
		Iterator<Long> buildingIds = ids("urban.grid_building", buildings.size());
		Iterator<Long> householdIds = ids("urban.grid_household", householdCount);
		Iterator<Long> personIds = ids("urban.grid_person", personCount);
		Iterator<Long> placeIds = ids("urban.grid_place", placeCount);
		List<SqlParameterSource> bRows = new ArrayList<>();
		List<SqlParameterSource> hRows = new ArrayList<>();
		List<SqlParameterSource> pRows = new ArrayList<>();
		List<SqlParameterSource> plRows = new ArrayList<>();
		List<SqlParameterSource> vRows = new ArrayList<>();
		for (Building b : buildings) {
			String path = path(paths, b.gridCode());
			long buildingId = buildingIds.next();
			bRows.add(new MapSqlParameterSource().addValue("id", buildingId)
				.addValue("g", b.gridCode())
				.addValue("path", path)
				.addValue("a", b.address())
				.addValue("k", AddressKey.of(b.address()))
				.addValue("f", b.floors())
				.addValue("lng", b.lng())
				.addValue("lat", b.lat())
				.addValue("by", by)
				.addValue("at", now));
			for (Household h : b.households()) {
				long householdId = householdIds.next();
				hRows.add(new MapSqlParameterSource().addValue("id", householdId)
					.addValue("b", buildingId)
					.addValue("g", b.gridCode())
					.addValue("path", path)
					.addValue("room", h.room())
					.addValue("n", cipher.encrypt(h.headName()))
					.addValue("p", cipher.encrypt(h.headPhone()))
					.addValue("i", cipher.encrypt(h.headIdNumber()))
					.addValue("ii", h.headIdNumber() == null ? null : cipher.blindIndex(h.headIdNumber()))
					.addValue("m", h.members())
					.addValue("t", Tenure.valueOf(h.tenure()).name())
					.addValue("by", by)
					.addValue("at", now));
				visits(vRows, h.visits(), b.gridCode(), path, VisitTarget.HOUSEHOLD, householdId, householdId, now);
				for (KeyPerson p : h.persons()) {
					long personId = personIds.next();
					pRows.add(new MapSqlParameterSource().addValue("id", personId)
						.addValue("h", householdId)
						.addValue("g", b.gridCode())
						.addValue("path", path)
						.addValue("k", KeyPersonKind.valueOf(p.kind()).name())
						.addValue("n", cipher.encrypt(p.name()))
						.addValue("p", cipher.encrypt(p.phone()))
						.addValue("i", cipher.encrypt(p.idNumber()))
						.addValue("ii", p.idNumber() == null ? null : cipher.blindIndex(p.idNumber()))
						.addValue("y", p.birthYear())
						.addValue("note", p.note())
						.addValue("by", by)
						.addValue("at", now));
					visits(vRows, p.visits(), b.gridCode(), path, VisitTarget.PERSON, personId, householdId, now);
				}
			}
			for (Place p : b.places()) {
				long placeId = placeIds.next();
				plRows.add(new MapSqlParameterSource().addValue("id", placeId)
					.addValue("b", buildingId)
					.addValue("g", b.gridCode())
					.addValue("path", path)
					.addValue("k", PlaceKind.valueOf(p.kind()).name())
					.addValue("n", p.name())
					.addValue("a", b.address())
					.addValue("key", AddressKey.of(b.address()))
					.addValue("cn", cipher.encrypt(p.contactName()))
					.addValue("cp", cipher.encrypt(p.contactPhone()))
					.addValue("note", p.note())
					.addValue("by", by)
					.addValue("at", now));
				visits(vRows, p.visits(), b.gridCode(), path, VisitTarget.PLACE, placeId, null, now);
			}
		}
		batch.batchUpdate("""
				insert into urban.grid_building (id, grid_code, grid_path, address, address_key, floors, lng, lat, created_by, created_at)
				overriding system value values (:id, :g, :path, :a, :k, :f, :lng, :lat, :by, :at)""",
				bRows.toArray(SqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into urban.grid_household (id, building_id, grid_code, grid_path, room, head_name_enc, head_phone_enc,
				  head_id_enc, head_id_index, members, tenure, created_by, created_at)
				overriding system value values (:id, :b, :g, :path, :room, :n, :p, :i, :ii, :m, :t, :by, :at)""",
				hRows.toArray(SqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into urban.grid_person (id, household_id, grid_code, grid_path, kind, name_enc, phone_enc, id_number_enc,
				  id_index, birth_year, note, created_by, created_at)
				overriding system value values (:id, :h, :g, :path, :k, :n, :p, :i, :ii, :y, :note, :by, :at)""",
				pRows.toArray(SqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into urban.grid_place (id, building_id, grid_code, grid_path, kind, name, address, address_key,
				  contact_name_enc, contact_phone_enc, note, created_by, created_at)
				overriding system value values (:id, :b, :g, :path, :k, :n, :a, :key, :cn, :cp, :note, :by, :at)""",
				plRows.toArray(SqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into urban.grid_visit (grid_code, grid_path, target_kind, target_id, household_id, state, assignee, due_on,
				  purpose, planned_by, planned_at, visited_at, visited_by, finding, problem, created_at)
				values (:g, :path, :k, :t, :h, :state, :who, :due, :purpose, :plannedBy, :plannedAt, :visitedAt, :visitedBy,
				  :finding, :problem, :at)""", vRows.toArray(SqlParameterSource[]::new));
		return new Loaded(roster.size(), buildings.size(), householdCount, personCount, placeCount, vRows.size());
	}

	private static void visits(List<SqlParameterSource> rows, List<Visit> visits, String grid, String path,
			VisitTarget kind, long targetId, Long householdId, Timestamp now) {
		for (Visit v : visits) {
			boolean planned = v.dueOn() != null;
			Timestamp plannedAt = planned
				? Timestamp.from(v.dueOn().minusDays(7).atTime(9, 0).atZone(org.zhili.platform.ChinaTime.ZONE).toInstant()) : null;
			rows.add(new MapSqlParameterSource().addValue("g", grid)
				.addValue("path", path)
				.addValue("k", kind.name())
				.addValue("t", targetId)
				.addValue("h", householdId)
				.addValue("state", v.visitedAt() == null ? VisitState.PLANNED.name() : VisitState.DONE.name())
				.addValue("who", v.worker())
				.addValue("due", v.dueOn())
				.addValue("purpose", v.purpose())
				.addValue("plannedBy", planned ? v.worker() : null)
				.addValue("plannedAt", plannedAt)
				.addValue("visitedAt", v.visitedAt() == null ? null : Timestamp.from(v.visitedAt()))
				.addValue("visitedBy", v.visitedAt() == null ? null : v.worker())
				.addValue("finding", v.finding())
				.addValue("problem", v.problem())
				.addValue("at", v.visitedAt() == null ? plannedAt == null ? now : plannedAt : Timestamp.from(v.visitedAt())));
		}
	}

	/**
	 * The grid's path in the org tree: its community's path and its code. Grid codes are the community's code and a
	 * 3-digit sequence (GB/T 30428.1), so one lookup per community serves all its grids (a load names thousands).
	 */
	private String path(Map<String, String> paths, String gridCode) {
		if (gridCode == null || !gridCode.matches("[0-9]{15}")) {
			throw new IllegalArgumentException("not a grid code: " + gridCode);
		}
		String community = gridCode.substring(0, 12);
		return paths.computeIfAbsent(community, code -> units.find(code)
			.filter(u -> u.level() == UnitLevel.COMMUNITY)
			.map(OrgUnit::path)
			.orElseThrow(() -> new IllegalArgumentException("no community " + code))) + gridCode + "/";
	}

	private Iterator<Long> ids(String table, int n) {
		return jdbc.sql("select nextval(pg_get_serial_sequence(:t, 'id')) from generate_series(1, :n)")
			.param("t", table)
			.param("n", n)
			.query(Long.class)
			.list()
			.iterator();
	}
}
