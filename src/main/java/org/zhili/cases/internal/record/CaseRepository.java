package org.zhili.cases.internal.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.PendingRequest;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.process.SupervisionLevel;
import org.zhili.cases.Urgency;
import org.zhili.identity.FieldCipher;
import org.zhili.org.AddressKey;
import org.zhili.platform.ApiProblem;

/**
 * Cases in {@code cases.case_record} with the units involved. Requester name and phone are encrypted on
 * the way in; a change is written only if nobody changed the case since it was read (optimistic locking).
 */
@Repository
public class CaseRepository {

	private final JdbcClient jdbc;
	private final FieldCipher cipher;

	CaseRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A case to register: what was taken in, with its query code, category and urgency. */
	public record Registering(String queryCode, CaseRecord.Intake intake, String categoryCode, Urgency urgency) {
	}

	/**
	 * Writes new cases, registered, in one statement. Ids and tracking numbers ({@link TrackingNumbers}, after
	 * {@code trackingPrefix}) are drawn first from their sequences (no contention).
	 */
	public List<CaseRecord> register(String trackingPrefix, List<Registering> cases) {
		if (cases.isEmpty()) {
			return List.of();
		}
		List<Long> ids = Sequences.next(jdbc, "cases.case_record_id_seq", cases.size());
		List<Long> numbers = Sequences.next(jdbc, "cases.tracking_seq", cases.size());
		List<CaseRecord> registered = new ArrayList<>(cases.size());
		List<Object[]> rows = new ArrayList<>(cases.size());
		for (int i = 0; i < cases.size(); i++) {
			Registering r = cases.get(i);
			CaseRecord.Intake intake = r.intake();
			String trackingNumber = TrackingNumbers.of(trackingPrefix, intake.registeredAt(), numbers.get(i));
			CaseRecord.Requester requester = intake.requester();
			rows.add(new Object[] { ids.get(i), trackingNumber, r.queryCode(), CaseState.REGISTERED.name(),
					intake.channel().name(), intake.type().name(), r.categoryCode(), r.urgency().name(), intake.title(),
					intake.description(), intake.address(), AddressKey.of(intake.address()), intake.lng(), intake.lat(), intake.territory().streetCode(),
					intake.territory().communityCode(), intake.territory().gridCode(), intake.territory().path(),
					cipher.encrypt(requester.name()), cipher.encrypt(requester.phone()),
					phoneIndex(requester), requester.anonymous(),
					requester.confidential(), requester.enterprise(), intake.external().system(), intake.external().id(),
					timestamp(intake.external().dueAt()), timestamp(intake.registeredAt()), intake.registeredBy() });
			registered.add(CaseRecord.registered(ids.get(i), trackingNumber, r.queryCode(), intake, r.categoryCode(),
					r.urgency()));
		}
		jdbc.sql("""
				insert into cases.case_record (id, tracking_number, query_code, state, channel, type, category_code, urgency,
				  title, description, address, address_key, lng, lat, street_code, community_code, grid_code, territory_path,
				  requester_name, requester_phone, requester_phone_index, anonymous, confidential, enterprise,
				  external_system, external_id, external_due_at, registered_at, registered_by)
				overriding system value values :rows""")
			.param("rows", rows)
			.update();
		return registered;
	}

	/** The requester's phone as the blind index stored for lookups (the one view of a person), or {@code null}. */
	public String phoneIndex(CaseRecord.Requester requester) {
		return requester.phone() == null ? null : cipher.blindIndex(requester.phone());
	}

	public Optional<CaseRecord> find(long id) {
		Optional<CaseRecord> found = jdbc.sql("select * from cases.case_record where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs, units(rs.getLong("id"))))
			.optional();
		return found;
	}

	/** The case, its row locked until the transaction ends (timers and corrections, which must not collide). */
	public Optional<CaseRecord> lock(long id) {
		return jdbc.sql("select * from cases.case_record where id = :id for update")
			.param("id", id)
			.query((rs, n) -> map(rs, units(rs.getLong("id"))))
			.optional();
	}

	public Optional<Long> findIdByExternal(String system, String externalId) {
		return jdbc.sql("select id from cases.case_record where external_system = :s and external_id = :e")
			.param("s", system)
			.param("e", externalId)
			.query(Long.class)
			.optional();
	}

	public Optional<Long> findIdByTrackingNumber(String trackingNumber) {
		return jdbc.sql("select id from cases.case_record where tracking_number = :t")
			.param("t", trackingNumber)
			.query(Long.class)
			.optional();
	}

	/**
	 * Writes the changed state; 409 if someone else changed the case meanwhile. The running deadline's due
	 * and yellow instants are stored with it, so lists filter and sort by light in SQL.
	 */
	public void update(CaseRecord c, Instant runningDue, Instant runningYellow) {
		int updated = jdbc.sql("""
				update cases.case_record set round = :round, state = :state, pending = :pending,
				  pending_detail = :pendingDetail, pending_limit = :pendingLimit, category_code = :category, urgency = :urgency,
				  lead_unit_code = :lead, lead_unit_path = :leadPath, designated = :designated,
				  return_count = :returns, rework_count = :reworks, dispatched_at = :dispatched,
				  accepted_at = :accepted, replied_at = :replied, closed_at = :closed, suspended_at = :suspended,
				  accept_due_at = :acceptDue, accept_limit = :acceptLimit, feedback_due_at = :feedbackDue,
				  feedback_limit = :feedbackLimit, callback_from = :callbackFrom, callback_due_at = :callbackDue,
				  callback_limit = :callbackLimit,
				  reply_result = :result, reply_text = :replyText, callback_attempts = :attempts, solved = :solved,
				  satisfaction = :satisfaction, supervision = :supervision, master_case_id = :master,
				  running_due_at = :runningDue, running_yellow_at = :runningYellow, version = version + 1
				where id = :id and version = :version""")
			.param("round", c.round())
			.param("state", c.state().name())
			.param("pending", name(c.pending()))
			.param("pendingDetail", c.pendingDetail())
			.param("pendingLimit", c.pendingLimit() == null ? null : c.pendingLimit().toString())
			.param("category", c.categoryCode())
			.param("urgency", c.urgency().name())
			.param("lead", c.leadUnitCode())
			.param("leadPath", c.leadUnitPath())
			.param("designated", c.designated())
			.param("returns", c.returnCount())
			.param("reworks", c.reworkCount())
			.param("dispatched", timestamp(c.dispatchedAt()))
			.param("accepted", timestamp(c.acceptedAt()))
			.param("replied", timestamp(c.repliedAt()))
			.param("closed", timestamp(c.closedAt()))
			.param("suspended", timestamp(c.suspendedAt()))
			.param("acceptDue", c.accept() == null ? null : timestamp(c.accept().due()))
			.param("acceptLimit", c.accept() == null ? null : c.accept().limit().toString())
			.param("feedbackDue", c.feedback() == null ? null : timestamp(c.feedback().due()))
			.param("feedbackLimit", c.feedback() == null ? null : c.feedback().limit().toString())
			.param("callbackFrom", c.callback() == null ? null : timestamp(c.callback().start()))
			.param("callbackDue", c.callback() == null ? null : timestamp(c.callback().due()))
			.param("callbackLimit", c.callback() == null ? null : c.callback().limit().toString())
			.param("result", name(c.replyResult()))
			.param("replyText", c.replyText())
			.param("attempts", c.callbackAttempts())
			.param("solved", c.solved())
			.param("satisfaction", name(c.satisfaction()))
			.param("supervision", name(c.supervision()))
			.param("master", c.masterCaseId())
			.param("runningDue", timestamp(runningDue))
			.param("runningYellow", timestamp(runningYellow))
			.param("id", c.id())
			.param("version", c.version())
			.update();
		if (updated == 0) {
			throw ApiProblem.conflict("concurrent_modification", "该工单刚被他人处理，请刷新后重试");
		}
		saveUnits(c);
	}

	private void saveUnits(CaseRecord c) {
		for (CaseRecord.Involvement u : c.units()) {
			jdbc.sql("""
					insert into cases.case_unit (case_id, unit_code, unit_path, role, round, active, report_due_at,
					  reported_at, report_text)
					values (:id, :unit, :path, :role, :round, :active, :due, :reported, :text)
					on conflict (case_id, unit_code, role, round) do update set active = excluded.active,
					  report_due_at = excluded.report_due_at, reported_at = excluded.reported_at,
					  report_text = excluded.report_text""")
				.param("id", c.id())
				.param("unit", u.unitCode())
				.param("path", u.unitPath())
				.param("role", u.role().name())
				.param("round", u.round())
				.param("active", u.active())
				.param("due", timestamp(u.reportDueAt()))
				.param("reported", timestamp(u.reportedAt()))
				.param("text", u.reportText())
				.update();
		}
	}

	List<CaseRecord.Involvement> units(long caseId) {
		return jdbc.sql("""
				select unit_code, unit_path, role, round, active, report_due_at, reported_at, report_text
				from cases.case_unit where case_id = :id order by round, role, unit_code""")
			.param("id", caseId)
			.query((rs, n) -> new CaseRecord.Involvement(rs.getString(1), rs.getString(2),
					CaseRecord.Involvement.Role.valueOf(rs.getString(3)), rs.getInt(4), rs.getBoolean(5), instant(rs, 6),
					instant(rs, 7), rs.getString(8)))
			.list();
	}

	/** Cases merged into this one. */
	public List<Long> mergedInto(long masterId) {
		return jdbc.sql("select id from cases.case_record where master_case_id = :id").param("id", masterId)
			.query(Long.class)
			.list();
	}

	private CaseRecord map(ResultSet rs, List<CaseRecord.Involvement> units) throws SQLException {
		Instant dispatched = instant(rs, "dispatched_at");
		CaseRecord.Intake intake = new CaseRecord.Intake(Channel.valueOf(rs.getString("channel")),
				CaseType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("description"),
				rs.getString("address"), (Double) rs.getObject("lng"), (Double) rs.getObject("lat"),
				new CaseRecord.Territory(rs.getString("street_code"), rs.getString("community_code"),
						rs.getString("grid_code"), rs.getString("territory_path")),
				new CaseRecord.Requester(cipher.decrypt(rs.getString("requester_name")),
						cipher.decrypt(rs.getString("requester_phone")), rs.getBoolean("anonymous"),
						rs.getBoolean("confidential"), rs.getBoolean("enterprise")),
				new CaseRecord.External(rs.getString("external_system"), rs.getString("external_id"),
						instant(rs, "external_due_at")),
				instant(rs, "registered_at"), rs.getString("registered_by"));
		return new CaseRecord(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("query_code"), intake,
				rs.getInt("round"), CaseState.valueOf(rs.getString("state")),
				enumOrNull(PendingRequest.class, rs.getString("pending")), rs.getString("pending_detail"),
				rs.getString("pending_limit") == null ? null : TimeLimit.valueOf(rs.getString("pending_limit")),
				rs.getString("category_code"), Urgency.valueOf(rs.getString("urgency")), rs.getString("lead_unit_code"),
				rs.getString("lead_unit_path"), rs.getBoolean("designated"), rs.getInt("return_count"),
				rs.getInt("rework_count"), dispatched, instant(rs, "accepted_at"), instant(rs, "replied_at"),
				instant(rs, "closed_at"), instant(rs, "suspended_at"),
				deadline(dispatched, rs.getString("accept_limit"), instant(rs, "accept_due_at")),
				deadline(dispatched, rs.getString("feedback_limit"), instant(rs, "feedback_due_at")),
				deadline(instant(rs, "callback_from"), rs.getString("callback_limit"), instant(rs, "callback_due_at")),
				enumOrNull(ReplyResult.class, rs.getString("reply_result")), rs.getString("reply_text"),
				rs.getInt("callback_attempts"), (Boolean) rs.getObject("solved"),
				enumOrNull(Satisfaction.class, rs.getString("satisfaction")),
				enumOrNull(SupervisionLevel.class, rs.getString("supervision")), (Long) rs.getObject("master_case_id"),
				rs.getInt("version"), units);
	}

	private static Deadline deadline(Instant start, String limit, Instant due) {
		return start == null || limit == null || due == null ? null : new Deadline(start, TimeLimit.valueOf(limit), due);
	}

	public static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
