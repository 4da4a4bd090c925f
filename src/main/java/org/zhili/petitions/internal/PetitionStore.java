package org.zhili.petitions.internal;

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
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionKind;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionRating;
import org.zhili.petitions.PetitionState;

/** The petitions' rows ({@code petitions.petition}); states are written only as the workflow names them. */
@Repository
class PetitionStore {

	record Row(long id, String trackingNumber, String queryCode, PetitionChannel channel, String title, String content,
			String nameCipher, String phoneCipher, String idCipher, String phoneIndex, String idIndex,
			String representativesCipher, int groupSize, String address, String addressKey, String streetCode,
			PetitionState state, PetitionKind kind, boolean legalMatter, String accusedUnit, String accusedUnitPath,
			String accusedPersonCipher,
			String route, String procedureCode, String handlingUnit, String answer, PetitionOpinion opinion,
			String opinionText, boolean extended, String extensionReason, int reviewRound, boolean fin,
			PetitionRating rating, String ratingComment, Long repeatOf, String originLoop, Long originId,
			String originRef, Instant registeredAt, String registeredBy, Instant routedAt, Instant repliedAt,
			Instant closedAt, String leadUsername, String leadPlan, Instant leadTakenAt, String leadReport,
			Instant leadClosedAt) {

		PetitionWorkflow.Facts facts() {
			return new PetitionWorkflow.Facts(state, extended, leadUsername != null, leadClosedAt != null, rating != null);
		}

		boolean accusation() {
			return kind == PetitionKind.ACCUSATION;
		}
	}

	record NewRow(String trackingNumber, String queryCode, PetitionChannel channel, String title, String content,
			String nameCipher, String phoneCipher, String idCipher, String phoneIndex, String idIndex,
			String representativesCipher, int groupSize, String address, String addressKey, String streetCode,
			String originLoop, Long originId, String originRef, Instant at, String by) {
	}

	/**
	 * Whom a list shows. {@code all}: the 信访部门 and district-wide readers; otherwise what the reader's unit handles and,
	 * once routed and unless it is a 检举控告, what lies in its street. Whatever accuses the reader's unit (or a unit
	 * above it) is never shown, to anyone of it.
	 */
	record Visibility(boolean all, String unitCode, String unitPath) {
	}

	static final String VISIBLE = """
			not (p.accused_unit_path is not null and cast(:vpath as text) like p.accused_unit_path || '%')
			and (:vall or p.handling_unit = :vunit
			     or (p.route is not null and p.kind <> 'ACCUSATION' and p.street_code = :vunit))""";

	private final JdbcClient jdbc;

	PetitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the day: XF + yyyyMMdd + 5 digits. */
	String nextNumber(LocalDate day) {
		int n = jdbc.sql("""
				insert into petitions.number_day (day, last) values (:day, 1)
				on conflict (day) do update set last = petitions.number_day.last + 1 returning last""")
			.param("day", day).query(Integer.class).single();
		return String.format("XF%04d%02d%02d%05d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), n);
	}

	long insert(NewRow r) {
		return jdbc.sql("""
				insert into petitions.petition (tracking_number, query_code, channel, title, content, petitioner_name,
				    petitioner_phone, petitioner_id, phone_index, id_index, representatives, group_size, address,
				    address_key, street_code, state, origin_loop, origin_id, origin_ref, registered_at, registered_by)
				values (:tn, :qc, :channel, :title, :content, :name, :phone, :idn, :pi, :ii, :reps, :size, :address,
				    :akey, :street, 'REGISTERED', :oloop, :oid, :oref, :at, :by) returning id""")
			.param("tn", r.trackingNumber()).param("qc", r.queryCode()).param("channel", r.channel().name())
			.param("title", r.title()).param("content", r.content()).param("name", r.nameCipher())
			.param("phone", r.phoneCipher()).param("idn", r.idCipher()).param("pi", r.phoneIndex())
			.param("ii", r.idIndex()).param("reps", r.representativesCipher()).param("size", r.groupSize())
			.param("address", r.address()).param("akey", r.addressKey()).param("street", r.streetCode())
			.param("oloop", r.originLoop()).param("oid", r.originId()).param("oref", r.originRef())
			.param("at", Timestamp.from(r.at())).param("by", r.by()).query(Long.class).single();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from petitions.petition where id = :id").param("id", id).query(PetitionStore::row).optional();
	}

	Optional<Row> lock(long id) {
		return jdbc.sql("select * from petitions.petition where id = :id for update").param("id", id)
			.query(PetitionStore::row).optional();
	}

	Optional<Row> byNumber(String trackingNumber) {
		return jdbc.sql("select * from petitions.petition where tracking_number = :tn").param("tn", trackingNumber)
			.query(PetitionStore::row).optional();
	}

	/** The petitioner's earlier petitions closed for good (复核 done) with the same title: a repeat of one of them. */
	Optional<Long> finalWithSameFacts(String phoneIndex, String idIndex, String title) {
		if (phoneIndex == null && idIndex == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id from petitions.petition
				where final and title = :title and (phone_index = :pi or id_index = :ii)
				order by id limit 1""")
			.param("title", title).param("pi", phoneIndex).param("ii", idIndex).query(Long.class).optional();
	}

	void markRepeat(long id, long of) {
		jdbc.sql("update petitions.petition set repeat_of = :of where id = :id").param("of", of).param("id", id).update();
	}

	void routed(long id, PetitionState to, PetitionKind kind, boolean legal, String accusedUnit, String accusedPath,
			String accusedPersonCipher, String route, String procedure, String unit, String answer, Instant at) {
		jdbc.sql("""
				update petitions.petition set state = :state, kind = :kind, legal_matter = :legal, accused_unit = :au,
				    accused_unit_path = :ap, accused_person = :person, route = :route, procedure_code = :proc,
				    handling_unit = :unit, answer = :answer, routed_at = :at,
				    closed_at = case when :state = 'GUIDED' then cast(:at as timestamptz) end
				where id = :id""")
			.param("state", to.name()).param("kind", kind.name()).param("legal", legal).param("au", accusedUnit)
			.param("ap", accusedPath).param("person", accusedPersonCipher).param("route", route)
			.param("proc", procedure).param("unit", unit).param("answer", answer).param("at", Timestamp.from(at))
			.param("id", id).update();
	}

	void extended(long id, String reason) {
		jdbc.sql("update petitions.petition set extended = true, extension_reason = :r where id = :id")
			.param("r", reason).param("id", id).update();
	}

	void replied(long id, PetitionState to, PetitionOpinion opinion, String text, int round, boolean fin, Instant at) {
		jdbc.sql("""
				update petitions.petition set state = :state, opinion = :op, opinion_text = :text, review_round = :round,
				    final = :fin, replied_at = :at, closed_at = case when :fin then cast(:at as timestamptz) end
				where id = :id""")
			.param("state", to.name()).param("op", opinion.name()).param("text", text).param("round", round)
			.param("fin", fin).param("at", Timestamp.from(at)).param("id", id).update();
	}

	void state(long id, PetitionState to, Instant closedAt) {
		jdbc.sql("update petitions.petition set state = :state, closed_at = coalesce(cast(:at as timestamptz), closed_at) where id = :id")
			.param("state", to.name()).param("at", closedAt == null ? null : Timestamp.from(closedAt)).param("id", id)
			.update();
	}

	void rated(long id, PetitionRating rating, String comment) {
		jdbc.sql("update petitions.petition set rating = :r, rating_comment = :c where id = :id")
			.param("r", rating.name()).param("c", comment).param("id", id).update();
	}

	void lead(long id, String username, String plan, Instant at) {
		jdbc.sql("update petitions.petition set lead_username = :u, lead_plan = :p, lead_taken_at = :at where id = :id")
			.param("u", username).param("p", plan).param("at", Timestamp.from(at)).param("id", id).update();
	}

	void leadClosed(long id, String report, Instant at) {
		jdbc.sql("update petitions.petition set lead_report = :r, lead_closed_at = :at where id = :id")
			.param("r", report).param("at", Timestamp.from(at)).param("id", id).update();
	}

	/** A list's filter; {@code null} fields do not filter. */
	record Filter(PetitionState state, PetitionKind kind, PetitionChannel channel, String unit, String street,
			String q, Integer year, String lead, int limit) {
	}

	List<Row> list(Filter f, Visibility v) {
		return jdbc.sql("select p.* from petitions.petition p where " + VISIBLE + """
				  and (cast(:state as text) is null or p.state = :state)
				  and (cast(:kind as text) is null or p.kind = :kind)
				  and (cast(:channel as text) is null or p.channel = :channel)
				  and (cast(:unit as text) is null or p.handling_unit = :unit)
				  and (cast(:street as text) is null or p.street_code = :street)
				  and (cast(:lead as text) is null or p.lead_username = :lead)
				  and (cast(:year as int) is null or extract(year from p.registered_at at time zone 'Asia/Shanghai') = :year)
				  and (cast(:q as text) is null or p.title like '%' || :q || '%' or p.tracking_number = :q)
				order by p.registered_at desc, p.id desc limit :limit""")
			.param("vall", v.all()).param("vunit", v.unitCode()).param("vpath", v.unitPath())
			.param("state", f.state() == null ? null : f.state().name())
			.param("kind", f.kind() == null ? null : f.kind().name())
			.param("channel", f.channel() == null ? null : f.channel().name()).param("unit", f.unit())
			.param("street", f.street()).param("lead", f.lead()).param("year", f.year()).param("q", f.q())
			.param("limit", f.limit()).query(PetitionStore::row).list();
	}

	List<Row> byPerson(String phoneIndex, String idIndex, Visibility v, int limit) {
		return jdbc.sql("select p.* from petitions.petition p where " + VISIBLE + """
				  and (p.phone_index = :pi or p.id_index = :ii) order by p.registered_at desc limit :limit""")
			.param("vall", v.all()).param("vunit", v.unitCode()).param("vpath", v.unitPath()).param("pi", phoneIndex)
			.param("ii", idIndex).param("limit", limit).query(PetitionStore::row).list();
	}

	List<Row> byAddress(String addressKey, Visibility v, int limit) {
		return jdbc.sql("select p.* from petitions.petition p where " + VISIBLE + """
				  and p.address_key = :key order by p.registered_at desc limit :limit""")
			.param("vall", v.all()).param("vunit", v.unitCode()).param("vpath", v.unitPath()).param("key", addressKey)
			.param("limit", limit).query(PetitionStore::row).list();
	}

	List<Row> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from petitions.petition where id in (:ids) order by id").param("ids", ids)
			.query(PetitionStore::row).list();
	}

	/** Open petitions still handled after {@code since} (over the handling limit) or reopened by a review. */
	List<Long> backlog(Instant handledBefore) {
		return jdbc.sql("""
				select id from petitions.petition
				where state in ('HANDLING', 'REVIEWING', 'RE_REVIEWING')
				  and (routed_at < :before or review_round > 0 or state <> 'HANDLING') order by id""")
			.param("before", Timestamp.from(handledBefore)).query(Long.class).list();
	}

	long insertCampaign(String title, LocalDate target, String by, Instant at) {
		return jdbc.sql("""
				insert into petitions.campaign (title, target_date, created_at, created_by) values (:t, :d, :at, :by)
				returning id""")
			.param("t", title).param("d", target).param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
	}

	void addToCampaign(long campaign, long petition, String reason) {
		jdbc.sql("insert into petitions.campaign_item (campaign_id, petition_id, reason) values (:c, :p, :r) on conflict do nothing")
			.param("c", campaign).param("p", petition).param("r", reason).update();
	}

	record CampaignRow(long id, String title, LocalDate targetDate, Instant createdAt, String createdBy) {
	}

	List<CampaignRow> campaigns() {
		return jdbc.sql("select * from petitions.campaign order by id desc")
			.query((rs, n) -> new CampaignRow(rs.getLong("id"), rs.getString("title"),
					rs.getObject("target_date", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.list();
	}

	Optional<CampaignRow> campaign(long id) {
		return campaigns().stream().filter(c -> c.id() == id).findFirst();
	}

	record CampaignItem(long petitionId, String reason) {
	}

	List<CampaignItem> campaignItems(long campaign) {
		return jdbc.sql("select petition_id, reason from petitions.campaign_item where campaign_id = :c order by petition_id")
			.param("c", campaign).query((rs, n) -> new CampaignItem(rs.getLong(1), rs.getString(2))).list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from petitions.petition)").query(Boolean.class).single();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("query_code"),
				PetitionChannel.valueOf(rs.getString("channel")), rs.getString("title"), rs.getString("content"),
				rs.getString("petitioner_name"), rs.getString("petitioner_phone"), rs.getString("petitioner_id"),
				rs.getString("phone_index"), rs.getString("id_index"), rs.getString("representatives"),
				rs.getInt("group_size"), rs.getString("address"), rs.getString("address_key"),
				rs.getString("street_code"), PetitionState.valueOf(rs.getString("state")),
				en(PetitionKind.class, rs.getString("kind")), rs.getBoolean("legal_matter"), rs.getString("accused_unit"), rs.getString("accused_unit_path"),
				rs.getString("accused_person"), rs.getString("route"), rs.getString("procedure_code"),
				rs.getString("handling_unit"), rs.getString("answer"), en(PetitionOpinion.class, rs.getString("opinion")),
				rs.getString("opinion_text"), rs.getBoolean("extended"), rs.getString("extension_reason"),
				rs.getInt("review_round"), rs.getBoolean("final"), en(PetitionRating.class, rs.getString("rating")),
				rs.getString("rating_comment"), (Long) rs.getObject("repeat_of"), rs.getString("origin_loop"),
				(Long) rs.getObject("origin_id"), rs.getString("origin_ref"), instant(rs, "registered_at"),
				rs.getString("registered_by"), instant(rs, "routed_at"), instant(rs, "replied_at"),
				instant(rs, "closed_at"), rs.getString("lead_username"), rs.getString("lead_plan"),
				instant(rs, "lead_taken_at"), rs.getString("lead_report"), instant(rs, "lead_closed_at"));
	}

	private static <E extends Enum<E>> E en(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
