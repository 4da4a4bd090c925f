package org.zhili.process.internal.admission;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.process.CommunityAdmission;

/** The list and the community assignments in {@code process.community_work_item} and {@code process.community_assignment}. */
@Repository
class AdmissionStore {

	/** An assignment as stored. */
	record Request(long id, String loop, long itemId, String itemRef, String link, String title, String communityCode,
			CommunityAdmission.Role role, String assigningUnit, Long listItemId, String state, String reason,
			String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote) {
	}

	/** One line of the report: assignments to a community by one unit in the period. */
	record Tally(String communityCode, String assigningUnit, long listed, long approved, long refused, long pending) {

		long offList() {
			return approved + refused + pending;
		}
	}

	private final JdbcClient jdbc;

	AdmissionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkItem> items(boolean activeOnly) {
		return jdbc.sql("select * from process.community_work_item where active or not :activeOnly order by id")
			.param("activeOnly", activeOnly).query(AdmissionStore::item).list();
	}

	Optional<WorkItem> item(long id) {
		return jdbc.sql("select * from process.community_work_item where id = :id").param("id", id)
			.query(AdmissionStore::item).optional();
	}

	boolean activeNameTaken(String name, Long except) {
		return jdbc.sql("""
				select exists (select 1 from process.community_work_item
				               where active and name = :name and (cast(:except as bigint) is null or id <> :except))""")
			.param("name", name).param("except", except).query(Boolean.class).single();
	}

	long insertItem(String name, String basis, LocalDate approvedOn, String keywords, String by, Instant at) {
		return jdbc.sql("""
				insert into process.community_work_item (name, basis, approved_on, keywords, updated_at, updated_by)
				values (:name, :basis, :on, :keywords, :at, :by) returning id""")
			.param("name", name).param("basis", basis).param("on", Date.valueOf(approvedOn)).param("keywords", keywords)
			.param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
	}

	void updateItem(long id, String name, String basis, LocalDate approvedOn, String keywords, boolean active,
			String by, Instant at) {
		jdbc.sql("""
				update process.community_work_item set name = :name, basis = :basis, approved_on = :on,
				    keywords = :keywords, active = :active, updated_at = :at, updated_by = :by where id = :id""")
			.param("name", name).param("basis", basis).param("on", Date.valueOf(approvedOn)).param("keywords", keywords)
			.param("active", active).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
	}

	Optional<Request> pending(String loop, long itemId, String communityCode) {
		return jdbc.sql("""
				select * from process.community_assignment
				where loop = :loop and item_id = :item and community_code = :community and state = 'PENDING'""")
			.param("loop", loop).param("item", itemId).param("community", communityCode)
			.query(AdmissionStore::request).optional();
	}

	/**
	 * Records a check's answer; empty when it would be a second pending request for the same work and community
	 * (another check got there first: the caller answers with that one).
	 */
	Optional<Long> insert(CommunityAdmission.Assignment a, Long listItemId, String state, Instant at) {
		return jdbc.sql("""
				insert into process.community_assignment (loop, item_id, item_ref, link, title, community_code, role,
				    assigning_unit, list_item_id, state, reason, requested_by, requested_at)
				values (:loop, :item, :ref, :link, :title, :community, :role, :assigning, :listItem, :state, :reason,
				        :by, :at)
				on conflict (loop, item_id, community_code) where state = 'PENDING' do nothing
				returning id""")
			.param("loop", a.loop()).param("item", a.itemId()).param("ref", a.itemRef()).param("link", a.link())
			.param("title", a.title()).param("community", a.unitCode()).param("role", a.role().name())
			.param("assigning", a.assigningUnit()).param("listItem", listItemId).param("state", state)
			.param("reason", a.reason()).param("by", a.requestedBy()).param("at", Timestamp.from(at))
			.query(Long.class).optional();
	}

	Optional<Request> find(long id) {
		return jdbc.sql("select * from process.community_assignment where id = :id").param("id", id)
			.query(AdmissionStore::request).optional();
	}

	/** Decides a pending request; false when it was no longer pending. */
	boolean decide(long id, boolean approved, String by, String note, Instant at) {
		return jdbc.sql("""
				update process.community_assignment set state = :state, decided_by = :by, decided_at = :at,
				    decision_note = :note
				where id = :id and state = 'PENDING'""")
			.param("state", (approved ? AdmissionState.APPROVED : AdmissionState.REFUSED).name()).param("by", by).param("at", Timestamp.from(at))
			.param("note", note).param("id", id).update() == 1;
	}

	/** The requests of a state (all when {@code null}), newest first. */
	List<Request> requests(String state, int limit) {
		return jdbc.sql("""
				select * from process.community_assignment
				where (cast(:state as varchar) is null or state = :state)
				order by requested_at desc, id desc limit :limit""")
			.param("state", state).param("limit", limit).query(AdmissionStore::request).list();
	}

	long count(String state) {
		return jdbc.sql("select count(*) from process.community_assignment where state = :state").param("state", state)
			.query(Long.class).single();
	}

	/** Community assignments requested in [from, to), by community and assigning unit. */
	List<Tally> report(Timestamp from, Timestamp to) {
		return jdbc.sql("""
				select community_code, coalesce(assigning_unit, '') as assigning_unit,
				       count(*) filter (where state = 'LISTED') as listed,
				       count(*) filter (where state = 'APPROVED') as approved,
				       count(*) filter (where state = 'REFUSED') as refused,
				       count(*) filter (where state = 'PENDING') as pending
				from process.community_assignment
				where requested_at >= :from and requested_at < :to
				group by community_code, coalesce(assigning_unit, '')
				order by count(*) filter (where state <> 'LISTED') desc, community_code, 2""")
			.param("from", from).param("to", to)
			.query((rs, n) -> new Tally(rs.getString(1), rs.getString(2).isEmpty() ? null : rs.getString(2),
					rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private static WorkItem item(ResultSet rs, int n) throws SQLException {
		return new WorkItem(rs.getLong("id"), rs.getString("name"), rs.getString("basis"),
				rs.getDate("approved_on").toLocalDate(), rs.getString("keywords"), rs.getBoolean("active"));
	}

	private static Request request(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Request(rs.getLong("id"), rs.getString("loop"), rs.getLong("item_id"), rs.getString("item_ref"),
				rs.getString("link"), rs.getString("title"), rs.getString("community_code"),
				CommunityAdmission.Role.valueOf(rs.getString("role")), rs.getString("assigning_unit"),
				rs.getObject("list_item_id", Long.class), rs.getString("state"), rs.getString("reason"),
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
	}
}
