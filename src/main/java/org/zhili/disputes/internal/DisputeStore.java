package org.zhili.disputes.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.disputes.Disputes.Performance;
import org.zhili.disputes.Disputes.Referral;
import org.zhili.disputes.Disputes.Risk;
import org.zhili.disputes.internal.DisputeWorkflow.State;

/** The disputes' rows ({@code disputes.dispute}); states are written only as the workflow names them. */
@Repository
class DisputeStore {

	record Row(long id, String reference, String typeCode, String title, String description, BigDecimal amount,
			Risk risk, boolean crossStreet, String address, String addressKey, String streetCode, String centreCode,
			State state, String originLoop, Long originId, String originRef, Instant registeredAt, String registeredBy,
			Instant acceptedAt, Instant concludedAt, String outcomeNote, Referral referral, String referralRef,
			String agreementTerms, LocalDate performanceDue, Performance performance, String performanceNote,
			Instant followedUpAt, String followedUpBy) {
	}

	/** What a new dispute is written with. */
	record NewRow(String typeCode, String title, String description, BigDecimal amount, Risk risk, boolean crossStreet,
			String address, String addressKey, String streetCode, String centreCode, String originLoop, Long originId,
			String originRef, Instant registeredAt, String registeredBy) {
	}

	/** Which disputes a list shows; {@code null} fields do not filter. */
	record Filter(State state, String typeCode, String centreCode, Risk risk, String streetCode, String text, int limit) {
	}

	/** Whom a list shows: all, or a unit's own (its centre's or its street's). */
	record Visibility(boolean all, String unitCode) {
	}

	private final JdbcClient jdbc;

	DisputeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewRow r) {
		int year = r.registeredAt().atZone(org.zhili.platform.ChinaTime.ZONE).getYear();
		long seq = jdbc.sql("select nextval('disputes.reference_seq')").query(Long.class).single();
		String reference = "MT" + year + "-" + String.format("%05d", seq);
		return jdbc.sql("""
				insert into disputes.dispute (reference, type_code, title, description, amount, risk, cross_street, address,
				    address_key, street_code, centre_code, state, origin_loop, origin_id, origin_ref, registered_at, registered_by)
				values (:ref, :type, :title, :description, :amount, :risk, :cross, :address, :key, :street, :centre, :state,
				    :originLoop, :originId, :originRef, :at, :by) returning id""")
			.param("ref", reference).param("type", r.typeCode()).param("title", r.title())
			.param("description", r.description()).param("amount", r.amount()).param("risk", r.risk().name())
			.param("cross", r.crossStreet()).param("address", r.address()).param("key", r.addressKey())
			.param("street", r.streetCode()).param("centre", r.centreCode()).param("state", State.REGISTERED.name())
			.param("originLoop", r.originLoop()).param("originId", r.originId()).param("originRef", r.originRef())
			.param("at", Timestamp.from(r.registeredAt())).param("by", r.registeredBy())
			.query(Long.class).single();
	}

	void insertParty(long disputeId, int seq, String role, String nameEnc, String phoneEnc, String idEnc,
			String phoneIndex, String idIndex) {
		jdbc.sql("""
				insert into disputes.party (dispute_id, seq, role, name_enc, phone_enc, id_number_enc, phone_index, id_index)
				values (:d, :seq, :role, :name, :phone, :idn, :pi, :ii)""")
			.param("d", disputeId).param("seq", seq).param("role", role).param("name", nameEnc).param("phone", phoneEnc)
			.param("idn", idEnc).param("pi", phoneIndex).param("ii", idIndex).update();
	}

	record PartyRow(int seq, String role, String nameEnc, String phoneEnc, String idNumberEnc, String phoneIndex) {
	}

	List<PartyRow> parties(long disputeId) {
		return jdbc.sql("select * from disputes.party where dispute_id = :d order by seq").param("d", disputeId)
			.query((rs, n) -> new PartyRow(rs.getInt("seq"), rs.getString("role"), rs.getString("name_enc"),
					rs.getString("phone_enc"), rs.getString("id_number_enc"), rs.getString("phone_index")))
			.list();
	}

	/** The first party (the applicant) of each dispute, encrypted name by dispute id. */
	java.util.Map<Long, String> firstParties(Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select dispute_id, name_enc from disputes.party where seq = 1 and dispute_id in (:ids)").param("ids", ids)
			.query(rs -> {
				names.put(rs.getLong("dispute_id"), rs.getString("name_enc"));
			});
		return names;
	}

	record SessionRow(long id, LocalDate heldOn, String attendees, String minutes, String recordedBy, Instant recordedAt) {
	}

	void insertSession(long disputeId, LocalDate heldOn, String attendees, String minutes, String by, Instant at) {
		jdbc.sql("""
				insert into disputes.session (dispute_id, held_on, attendees, minutes, recorded_by, recorded_at)
				values (:d, :on, :attendees, :minutes, :by, :at)""")
			.param("d", disputeId).param("on", heldOn).param("attendees", attendees).param("minutes", minutes)
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	List<SessionRow> sessions(long disputeId) {
		return jdbc.sql("select * from disputes.session where dispute_id = :d order by held_on, id").param("d", disputeId)
			.query((rs, n) -> new SessionRow(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
					rs.getString("attendees"), rs.getString("minutes"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	record MediatorRow(String username, String name, String centreCode, boolean lead) {
	}

	/** The dispute's mediators, lead first, with their roster names. */
	List<MediatorRow> mediators(long disputeId) {
		return jdbc.sql("""
				select dm.username, coalesce(m.name, dm.username) as name, coalesce(m.centre_code, '') as centre, dm.lead
				from disputes.dispute_mediator dm left join disputes.mediator m on m.username = dm.username
				where dm.dispute_id = :d order by dm.lead desc, dm.username""")
			.param("d", disputeId)
			.query((rs, n) -> new MediatorRow(rs.getString("username"), rs.getString("name"), rs.getString("centre"),
					rs.getBoolean("lead")))
			.list();
	}

	void setMediators(long disputeId, List<String> usernames) {
		jdbc.sql("delete from disputes.dispute_mediator where dispute_id = :d").param("d", disputeId).update();
		for (int i = 0; i < usernames.size(); i++) {
			jdbc.sql("insert into disputes.dispute_mediator (dispute_id, username, lead) values (:d, :u, :lead)")
				.param("d", disputeId).param("u", usernames.get(i)).param("lead", i == 0).update();
		}
	}

	/** The centre's roster, by name. */
	List<MediatorRow> roster(String centreCode) {
		return jdbc.sql("select * from disputes.mediator where centre_code = :c and active order by name")
			.param("c", centreCode)
			.query((rs, n) -> new MediatorRow(rs.getString("username"), rs.getString("name"), rs.getString("centre_code"), false))
			.list();
	}

	/** Puts a mediator on a centre's roster, or moves them there. */
	void enrol(String username, String name, String centreCode) {
		jdbc.sql("""
				insert into disputes.mediator (username, name, centre_code) values (:u, :n, :c)
				on conflict (username) do update set centre_code = excluded.centre_code,
				    name = case when excluded.name = excluded.username then disputes.mediator.name else excluded.name end,
				    active = true""")
			.param("u", username).param("n", name).param("c", centreCode).update();
	}

	/** The row, locked for a step. */
	Optional<Row> lock(long id) {
		return jdbc.sql("select * from disputes.dispute where id = :id for update").param("id", id)
			.query(DisputeStore::row).optional();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from disputes.dispute where id = :id").param("id", id).query(DisputeStore::row).optional();
	}

	List<Row> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from disputes.dispute where id in (:ids) order by registered_at desc, id desc")
			.param("ids", ids).query(DisputeStore::row).list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from disputes.dispute)").query(Boolean.class).single();
	}

	void accepted(long id, State to, Instant at) {
		jdbc.sql("update disputes.dispute set state = :s, accepted_at = :at where id = :id")
			.param("s", to.name()).param("at", Timestamp.from(at)).param("id", id).update();
	}

	void transferred(long id, State to, String centreCode) {
		jdbc.sql("update disputes.dispute set state = :s, centre_code = :c, accepted_at = null where id = :id")
			.param("s", to.name()).param("c", centreCode).param("id", id).update();
		jdbc.sql("delete from disputes.dispute_mediator where dispute_id = :d").param("d", id).update();
	}

	void agreed(long id, State to, String terms, LocalDate performanceDue, String note, Instant at) {
		jdbc.sql("""
				update disputes.dispute set state = :s, concluded_at = :at, agreement_terms = :terms,
				    performance_due = :due, outcome_note = :note where id = :id""")
			.param("s", to.name()).param("at", Timestamp.from(at)).param("terms", terms).param("due", performanceDue)
			.param("note", note).param("id", id).update();
	}

	void ended(long id, State to, String note, Referral referral, String referralRef, Instant at) {
		jdbc.sql("""
				update disputes.dispute set state = :s, concluded_at = :at, outcome_note = :note, referral = :referral,
				    referral_ref = :ref where id = :id""")
			.param("s", to.name()).param("at", Timestamp.from(at)).param("note", note)
			.param("referral", referral == null ? null : referral.name()).param("ref", referralRef).param("id", id)
			.update();
	}

	void referredTo(long id, String referralRef) {
		jdbc.sql("update disputes.dispute set referral_ref = :ref where id = :id").param("ref", referralRef)
			.param("id", id).update();
	}

	void followedUp(long id, State to, Performance performance, String note, String by, Instant at) {
		jdbc.sql("""
				update disputes.dispute set state = :s, performance = :p, performance_note = :note, followed_up_at = :at,
				    followed_up_by = :by where id = :id""")
			.param("s", to.name()).param("p", performance.name()).param("note", note).param("at", Timestamp.from(at))
			.param("by", by).param("id", id).update();
	}

	List<Row> list(Filter f, Visibility seen) {
		return jdbc.sql("""
				select * from disputes.dispute d
				where (cast(:state as text) is null or d.state = :state)
				  and (cast(:type as text) is null or d.type_code = :type)
				  and (cast(:centre as text) is null or d.centre_code = :centre)
				  and (cast(:risk as text) is null or d.risk = :risk)
				  and (cast(:street as text) is null or d.street_code = :street)
				  and (cast(:text as text) is null or d.title like :text or d.reference like :text or d.address like :text)
				  and (:all or d.centre_code = :unit or d.street_code = :unit)
				order by d.registered_at desc, d.id desc
				limit :limit""")
			.param("state", f.state() == null ? null : f.state().name()).param("type", f.typeCode())
			.param("centre", f.centreCode()).param("risk", f.risk() == null ? null : f.risk().name())
			.param("street", f.streetCode()).param("text", f.text() == null ? null : "%" + f.text() + "%")
			.param("all", seen.all()).param("unit", seen.unitCode()).param("limit", f.limit())
			.query(DisputeStore::row).list();
	}

	/** Disputes one of whose parties has this phone or ID number (blind indexes), newest first. */
	List<Row> byPerson(String phoneIndex, String idIndex, Visibility seen, int limit) {
		return jdbc.sql("""
				select * from disputes.dispute d
				where d.id in (select p.dispute_id from disputes.party p
				               where (cast(:pi as text) is not null and p.phone_index = :pi)
				                  or (cast(:ii as text) is not null and p.id_index = :ii))
				  and (:all or d.centre_code = :unit or d.street_code = :unit)
				order by d.registered_at desc limit :limit""")
			.param("pi", phoneIndex).param("ii", idIndex).param("all", seen.all()).param("unit", seen.unitCode())
			.param("limit", limit).query(DisputeStore::row).list();
	}

	List<Row> byAddress(String addressKey, Visibility seen, int limit) {
		return jdbc.sql("""
				select * from disputes.dispute d where d.address_key = :key
				  and (:all or d.centre_code = :unit or d.street_code = :unit)
				order by d.registered_at desc limit :limit""")
			.param("key", addressKey).param("all", seen.all()).param("unit", seen.unitCode()).param("limit", limit)
			.query(DisputeStore::row).list();
	}

	/** One concluded dispute of the figures' cohort. */
	record Concluded(String centreCode, String typeCode, State state, Instant registeredAt, Instant concludedAt) {
	}

	/** Every dispute whose mediation concluded in [from, to), that the reader may see. */
	List<Concluded> concluded(Instant from, Instant to, Visibility seen) {
		return jdbc.sql("""
				select centre_code, type_code, state, registered_at, concluded_at from disputes.dispute d
				where d.concluded_at >= :from and d.concluded_at < :to
				  and (:all or d.centre_code = :unit or d.street_code = :unit)""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("all", seen.all())
			.param("unit", seen.unitCode())
			.query((rs, n) -> new Concluded(rs.getString("centre_code"), rs.getString("type_code"),
					State.valueOf(rs.getString("state")), rs.getTimestamp("registered_at").toInstant(),
					rs.getTimestamp("concluded_at").toInstant()))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String referral = rs.getString("referral");
		String performance = rs.getString("performance");
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("type_code"), rs.getString("title"),
				rs.getString("description"), rs.getBigDecimal("amount"), Risk.valueOf(rs.getString("risk")),
				rs.getBoolean("cross_street"), rs.getString("address"), rs.getString("address_key"),
				rs.getString("street_code"), rs.getString("centre_code"), State.valueOf(rs.getString("state")),
				rs.getString("origin_loop"), (Long) rs.getObject("origin_id"), rs.getString("origin_ref"),
				instant(rs, "registered_at"), rs.getString("registered_by"), instant(rs, "accepted_at"),
				instant(rs, "concluded_at"), rs.getString("outcome_note"),
				referral == null ? null : Referral.valueOf(referral), rs.getString("referral_ref"),
				rs.getString("agreement_terms"), rs.getObject("performance_due", LocalDate.class),
				performance == null ? null : Performance.valueOf(performance), rs.getString("performance_note"),
				instant(rs, "followed_up_at"), rs.getString("followed_up_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
