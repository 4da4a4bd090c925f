package org.zhili.enterprises.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairings and visits in the {@code enterprises} schema. */
@Repository
class PairingStore {

	private final JdbcClient jdbc;

	PairingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a running pairing; empty when the enterprise has one already (paired by someone else meanwhile): the
	 * conflict is skipped rather than raised, which would abort the caller's transaction.
	 */
	Optional<Long> insert(Pairing p) {
		return jdbc.sql("""
				insert into enterprises.pairing (credit_code, enterprise_name, official, official_name, unit_code, since,
				                                 visit_every_days, note, created_at, created_by)
				values (:code, :name, :official, :officialName, :unit, :since, :every, :note, :at, :by)
				on conflict (credit_code) where until is null do nothing
				returning id""")
			.param("code", p.creditCode()).param("name", p.enterpriseName()).param("official", p.official())
			.param("officialName", p.officialName()).param("unit", p.unitCode()).param("since", Date.valueOf(p.since()))
			.param("every", p.visitEveryDays()).param("note", p.note())
			.param("at", Timestamp.from(p.createdAt())).param("by", p.createdBy())
			.query(Long.class).optional();
	}

	/** Ends a running pairing on {@code until}; false when it had ended already. */
	boolean end(long id, LocalDate until, String reason) {
		return jdbc.sql("update enterprises.pairing set until = :until, end_reason = :reason where id = :id and until is null")
			.param("until", Date.valueOf(until)).param("reason", reason).param("id", id).update() == 1;
	}

	Optional<Pairing> find(long id) {
		return jdbc.sql("select * from enterprises.pairing where id = :id").param("id", id)
			.query(PairingStore::pairing).optional();
	}

	Optional<Pairing> active(String creditCode) {
		return jdbc.sql("select * from enterprises.pairing where credit_code = :code and until is null")
			.param("code", creditCode).query(PairingStore::pairing).optional();
	}

	/** Every pairing of the enterprise, the running one first, then the newest. */
	List<Pairing> history(String creditCode) {
		return jdbc.sql("""
				select * from enterprises.pairing where credit_code = :code
				order by until is not null, since desc, id desc""")
			.param("code", creditCode).query(PairingStore::pairing).list();
	}

	/** Pairings, running ones only when {@code activeOnly}, of one official when given; by enterprise name. */
	List<Pairing> list(boolean activeOnly, String official) {
		return jdbc.sql("""
				select * from enterprises.pairing
				where (until is null or not :activeOnly) and (cast(:official as varchar) is null or official = :official)
				order by until is not null, enterprise_name, id""")
			.param("activeOnly", activeOnly).param("official", official)
			.query(PairingStore::pairing).list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from enterprises.pairing)").query(Boolean.class).single();
	}

	long insertVisit(Visit v, String by) {
		return jdbc.sql("""
				insert into enterprises.visit (pairing_id, credit_code, visited_on, visitor, visitor_name, discussed,
				                               case_ids, recorded_at, recorded_by)
				values (:pairing, :code, :on, :visitor, :visitorName, :discussed, cast(:cases as bigint[]), :at, :by)
				returning id""")
			.param("pairing", v.pairingId()).param("code", v.creditCode()).param("on", Date.valueOf(v.visitedOn()))
			.param("visitor", v.visitor()).param("visitorName", v.visitorName()).param("discussed", v.discussed())
			.param("cases", v.caseIds().toArray(Long[]::new)).param("at", Timestamp.from(v.recordedAt()))
			.param("by", by)
			.query(Long.class).single();
	}

	/** The enterprise's visits, newest first. */
	List<Visit> visits(String creditCode) {
		return jdbc.sql("select * from enterprises.visit where credit_code = :code order by visited_on desc, id desc")
			.param("code", creditCode).query(PairingStore::visit).list();
	}

	/** The last visit day of each running pairing of the official (none: never visited). */
	List<Due> running(String official) {
		return jdbc.sql("""
				select p.*, (select max(v.visited_on) from enterprises.visit v where v.pairing_id = p.id) as last_visit
				from enterprises.pairing p
				where p.until is null and (cast(:official as varchar) is null or p.official = :official)""")
			.param("official", official)
			.query((rs, n) -> {
				Date last = rs.getDate("last_visit");
				return new Due(pairing(rs, n), last == null ? null : last.toLocalDate());
			})
			.list();
	}

	/** A running pairing and its last visit, or {@code null} when never visited. */
	record Due(Pairing pairing, LocalDate lastVisit) {
	}

	private static Pairing pairing(ResultSet rs, int n) throws SQLException {
		Date until = rs.getDate("until");
		Integer every = rs.getObject("visit_every_days", Integer.class);
		return new Pairing(rs.getLong("id"), rs.getString("credit_code"), rs.getString("enterprise_name"),
				rs.getString("official"), rs.getString("official_name"), rs.getString("unit_code"),
				rs.getDate("since").toLocalDate(), until == null ? null : until.toLocalDate(),
				every, rs.getString("note"), rs.getString("end_reason"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private static Visit visit(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("case_ids");
		List<Long> ids = new ArrayList<>();
		for (Long id : (Long[]) array.getArray()) {
			ids.add(id);
		}
		return new Visit(rs.getLong("id"), rs.getLong("pairing_id"), rs.getString("credit_code"),
				rs.getDate("visited_on").toLocalDate(), rs.getString("visitor"), rs.getString("visitor_name"),
				rs.getString("discussed"), ids, rs.getTimestamp("recorded_at").toInstant());
	}
}
