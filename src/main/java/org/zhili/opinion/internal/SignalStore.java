package org.zhili.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.SignalSentiment;

/** The signals' table: one row per signal, its state written only with a step of the workflow. */
@Repository
class SignalStore {

	record Row(long id, String ref, String source, String title, String link, String content, Instant firstSeen,
			int reads, int shares, int comments, String reachLevel, SignalSentiment sentiment, SignalSentiment suggested,
			String streetCode, String communityCode, String unitCode, String categoryCode, String topCategory,
			String address, String addressKey, SignalWorkflow.State state, String verifyUnit, String finding,
			SignalClosure closure, Long caseId, String caseRef, Long petitionId, String petitionRef, String reply,
			Instant replyPublishedAt, String registeredBy, Instant registeredAt, Instant triagedAt, Instant verifiedAt,
			Instant endedAt) {
	}

	/** What a new row holds besides its number and state. */
	record Insert(String source, String title, String link, String content, Instant firstSeen, int reads, int shares,
			int comments, String reachLevel, SignalSentiment sentiment, SignalSentiment suggested, String streetCode,
			String communityCode, String unitCode, String categoryCode, String topCategory, String address,
			String addressKey, String registeredBy, Instant registeredAt) {
	}

	/** Which signals a reader sees: everything, or those of one unit (its street, the unit concerned, the verifier). */
	record Visibility(String unitCode) {

		static final Visibility ALL = new Visibility(null);

		String sql() {
			return unitCode == null ? "true" : "(street_code = :unit or unit_code = :unit or verify_unit = :unit)";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return unitCode == null ? spec : spec.param("unit", unitCode);
		}
	}

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Insert s, SignalWorkflow.State state) {
		int year = s.registeredAt().atZone(org.zhili.platform.ChinaTime.ZONE).getYear();
		long id = jdbc.sql("""
				insert into opinion.signal (ref, source, title, link, content, first_seen, reads, shares, comments, reach_level,
				  sentiment, suggested, street_code, community_code, unit_code, category_code, top_category, address,
				  address_key, state, registered_by, registered_at)
				values ('', :source, :title, :link, :content, :firstSeen, :reads, :shares, :comments, :reach, :sentiment,
				  :suggested, :street, :community, :unit, :category, :top, :address, :key, :state, :by, :at)
				returning id""")
			.param("source", s.source())
			.param("title", s.title())
			.param("link", s.link())
			.param("content", s.content())
			.param("firstSeen", ts(s.firstSeen()))
			.param("reads", s.reads())
			.param("shares", s.shares())
			.param("comments", s.comments())
			.param("reach", s.reachLevel())
			.param("sentiment", s.sentiment().name())
			.param("suggested", s.suggested().name())
			.param("street", s.streetCode())
			.param("community", s.communityCode())
			.param("unit", s.unitCode())
			.param("category", s.categoryCode())
			.param("top", s.topCategory())
			.param("address", s.address())
			.param("key", s.addressKey())
			.param("state", state.name())
			.param("by", s.registeredBy())
			.param("at", ts(s.registeredAt()))
			.query(Long.class)
			.single();
		// the number is the year and the id: unique without a sequence of its own, readable on the phone
		jdbc.sql("update opinion.signal set ref = :ref where id = :id")
			.param("ref", String.format("YQ%d-%06d", year, id))
			.param("id", id)
			.update();
		return id;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from opinion.signal where id = :id").param("id", id).query(SignalStore::row).optional();
	}

	Optional<Row> lock(long id) {
		return jdbc.sql("select * from opinion.signal where id = :id for update").param("id", id).query(SignalStore::row)
			.optional();
	}

	List<Row> list(Visibility v, SignalWorkflow.State state, String source, int limit) {
		return v.bind(jdbc.sql("select * from opinion.signal where " + v.sql()
				+ " and (cast(:state as text) is null or state = :state) and (cast(:source as text) is null or source = :source)"
				+ " order by first_seen desc, id desc limit :limit"))
			.param("state", state == null ? null : state.name())
			.param("source", source)
			.param("limit", limit)
			.query(SignalStore::row)
			.list();
	}

	/** The signals about one street and first-level category since an instant (a topic). */
	List<Row> onTopic(Visibility v, String streetCode, String topCategory, Instant since) {
		return v.bind(jdbc.sql("select * from opinion.signal where " + v.sql()
				+ " and street_code = :street and top_category = :top and first_seen >= :since order by first_seen desc"))
			.param("street", streetCode)
			.param("top", topCategory)
			.param("since", ts(since))
			.query(SignalStore::row)
			.list();
	}

	List<Row> since(Visibility v, Instant since) {
		return v.bind(jdbc.sql("select * from opinion.signal where " + v.sql()
				+ " and first_seen >= :since order by first_seen desc, id desc"))
			.param("since", ts(since))
			.query(SignalStore::row)
			.list();
	}

	List<Row> atAddress(Visibility v, String addressKey, int limit) {
		return v.bind(jdbc.sql("select * from opinion.signal where " + v.sql()
				+ " and address_key = :key order by first_seen desc limit :limit"))
			.param("key", addressKey)
			.param("limit", limit)
			.query(SignalStore::row)
			.list();
	}

	List<Row> published(int limit) {
		return jdbc.sql("select * from opinion.signal where reply_published_at is not null order by reply_published_at desc limit :limit")
			.param("limit", limit)
			.query(SignalStore::row)
			.list();
	}

	boolean none() {
		return jdbc.sql("select not exists (select 1 from opinion.signal)").query(Boolean.class).single();
	}

	void assigned(long id, String unit, Instant at) {
		jdbc.sql("update opinion.signal set state = 'VERIFYING', verify_unit = :unit, triaged_at = coalesce(triaged_at, :at) where id = :id")
			.param("unit", unit).param("at", ts(at)).param("id", id).update();
	}

	void verified(long id, String finding, Instant at) {
		jdbc.sql("update opinion.signal set state = 'VERIFIED', finding = :finding, verified_at = :at where id = :id")
			.param("finding", finding).param("at", ts(at)).param("id", id).update();
	}

	void closed(long id, SignalClosure closure, Instant at) {
		jdbc.sql("""
				update opinion.signal set state = 'CLOSED', closure = :closure, triaged_at = coalesce(triaged_at, :at),
				  ended_at = :at where id = :id""")
			.param("closure", closure.name()).param("at", ts(at)).param("id", id).update();
	}

	void turnedIntoCase(long id, long caseId, String caseRef, Instant at) {
		jdbc.sql("""
				update opinion.signal set state = 'CASE', case_id = :case, case_ref = :ref,
				  triaged_at = coalesce(triaged_at, :at), ended_at = :at where id = :id""")
			.param("case", caseId).param("ref", caseRef).param("at", ts(at)).param("id", id).update();
	}

	void turnedIntoPetition(long id, long petitionId, String petitionRef, Instant at) {
		jdbc.sql("update opinion.signal set state = 'PETITION', petition_id = :p, petition_ref = :ref, ended_at = :at where id = :id")
			.param("p", petitionId).param("ref", petitionRef).param("at", ts(at)).param("id", id).update();
	}

	void replied(long id, String reply, Instant at) {
		jdbc.sql("update opinion.signal set reply = :reply, reply_published_at = :at where id = :id")
			.param("reply", reply).param("at", ts(at)).param("id", id).update();
	}

	void sentiment(long id, SignalSentiment sentiment) {
		jdbc.sql("update opinion.signal set sentiment = :s where id = :id").param("s", sentiment.name()).param("id", id).update();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Long optLong(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String closure = rs.getString("closure");
		return new Row(rs.getLong("id"), rs.getString("ref"), rs.getString("source"), rs.getString("title"),
				rs.getString("link"), rs.getString("content"), instant(rs, "first_seen"), rs.getInt("reads"),
				rs.getInt("shares"), rs.getInt("comments"), rs.getString("reach_level"),
				SignalSentiment.valueOf(rs.getString("sentiment")), SignalSentiment.valueOf(rs.getString("suggested")),
				rs.getString("street_code"), rs.getString("community_code"), rs.getString("unit_code"),
				rs.getString("category_code"), rs.getString("top_category"), rs.getString("address"),
				rs.getString("address_key"), SignalWorkflow.State.valueOf(rs.getString("state")), rs.getString("verify_unit"),
				rs.getString("finding"), closure == null ? null : SignalClosure.valueOf(closure), optLong(rs, "case_id"),
				rs.getString("case_ref"), optLong(rs, "petition_id"), rs.getString("petition_ref"), rs.getString("reply"),
				instant(rs, "reply_published_at"), rs.getString("registered_by"), instant(rs, "registered_at"),
				instant(rs, "triaged_at"), instant(rs, "verified_at"), instant(rs, "ended_at"));
	}
}
