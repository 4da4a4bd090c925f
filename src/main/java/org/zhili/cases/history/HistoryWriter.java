package org.zhili.cases.history;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.cases.internal.record.Lights;
import org.zhili.identity.FieldCipher;
import org.zhili.org.AddressKey;
import org.zhili.process.Inbox;

/**
 * Writes played histories with PostgreSQL's {@code COPY}, in the caller's transaction: cases (personal
 * fields encrypted as {@link CaseRepository} does), units involved, timeline rows in the order they
 * happened, and the recent messages of cases still open. Counters and timers are the caller's.
 */
@Component
class HistoryWriter {

	/** Counts of what was written. */
	record Written(int cases, int units, int events, List<Inbox.Message> messages) {
	}

	private final DataSource dataSource;
	private final FieldCipher cipher;
	private final Lights lights;

	HistoryWriter(DataSource dataSource, FieldCipher cipher, Lights lights) {
		this.dataSource = dataSource;
		this.cipher = cipher;
		this.lights = lights;
	}

	Written write(List<CaseHistory> plays, Instant now) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			int units = 0;
			try (Copy copy = new Copy(pg, """
					cases.case_record (id, tracking_number, query_code, round, state, pending, pending_detail, pending_limit,
					  channel, type, category_code, urgency, title, description, address, address_key, lng, lat, street_code,
					  community_code, grid_code, territory_path, requester_name, requester_phone, requester_phone_index, anonymous, confidential,
					  enterprise, external_system, external_id, external_due_at, lead_unit_code, lead_unit_path, designated,
					  return_count, rework_count, registered_at, registered_by, dispatched_at, accepted_at, replied_at, closed_at,
					  accept_due_at, accept_limit, feedback_due_at, feedback_limit, callback_from, callback_due_at,
					  callback_limit, suspended_at, running_due_at, running_yellow_at, reply_result, reply_text,
					  callback_attempts, solved, satisfaction, supervision, master_case_id, version)""")) {
				for (CaseHistory p : plays) {
					caseRow(copy, p);
				}
			}
			try (Copy copy = new Copy(pg, """
					cases.case_unit (case_id, unit_code, unit_path, role, round, active, report_due_at, reported_at,
					  report_text)""")) {
				for (CaseHistory p : plays) {
					// As CaseRepository saves them: one row per unit, role and round, the last state of it.
					Map<String, CaseRecord.Involvement> rows = new LinkedHashMap<>();
					p.kase.units().forEach(u -> rows.put(u.unitCode() + "|" + u.role() + "|" + u.round(), u));
					for (CaseRecord.Involvement u : rows.values()) {
						copy.row(p.kase.id(), u.unitCode(), u.unitPath(), u.role(), u.round(), u.active(), u.reportDueAt(),
								u.reportedAt(), u.reportText());
						units++;
					}
				}
			}
			List<CaseHistory.Row> rows = new ArrayList<>();
			plays.forEach(p -> rows.addAll(p.rows));
			// Stable: rows of one instant keep the order their case wrote them in.
			rows.sort(Comparator.comparing(CaseHistory.Row::at));
			try (Copy copy = new Copy(pg, """
					cases.case_event (case_id, round, action, from_state, to_state, actor, actor_unit, unit_code,
					  occurred_at, note, deadline_state, detail)""")) {
				for (CaseHistory.Row r : rows) {
					copy.row(r.caseId(), r.round(), r.action(), r.from(), r.to(), r.actor(), r.actorUnit(), r.unitCode(),
							r.at(), r.note(), r.light(), r.detail());
				}
			}
			// The inbox keeps the last week's messages of open cases; older ones would have been read long ago.
			List<Inbox.Message> messages = new ArrayList<>();
			Instant recent = now.minus(Duration.ofDays(7));
			for (CaseHistory p : plays) {
				if (!p.kase.state().terminal()) {
					p.notes.stream()
						.filter(n -> n.at().isAfter(recent))
						.forEach(n -> messages.add(n.kind().to(n.unitCode(), p.kase.id(), p.kase.trackingNumber(), n.text(), n.at())));
				}
			}
			return new Written(plays.size(), units, rows.size(), messages);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot write the cases' histories", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Encrypts the requester's fields as CaseRepository does (done ahead, in parallel: it is most of the cost). */
	void encrypt(CaseHistory p) {
		CaseRecord.Requester req = p.kase.intake().requester();
		p.storedName = cipher.encrypt(req.name());
		p.storedPhone = cipher.encrypt(req.phone());
		p.phoneIndex = req.phone() == null ? null : cipher.blindIndex(req.phone());
		p.addressKey = AddressKey.of(p.kase.intake().address());
	}

	private void caseRow(Copy copy, CaseHistory p) throws SQLException {
		CaseRecord c = p.kase;
		CaseRecord.Intake in = c.intake();
		CaseRecord.Requester req = in.requester();
		var running = c.runningDeadline().orElse(null);
		copy.row(c.id(), c.trackingNumber(), c.queryCode(), c.round(), c.state(), c.pending(), c.pendingDetail(),
				c.pendingLimit() == null ? null : c.pendingLimit().toString(), in.channel(), in.type(), c.categoryCode(),
				c.urgency(), in.title(), in.description(), in.address(), p.addressKey, in.lng(), in.lat(), in.territory().streetCode(),
				in.territory().communityCode(), in.territory().gridCode(), in.territory().path(), p.storedName,
				p.storedPhone, p.phoneIndex, req.anonymous(),
				req.confidential(), req.enterprise(), in.external().system(), in.external().id(), in.external().dueAt(),
				c.leadUnitCode(), c.leadUnitPath(), c.designated(), c.returnCount(), c.reworkCount(), in.registeredAt(),
				in.registeredBy(), c.dispatchedAt(), c.acceptedAt(), c.repliedAt(), c.closedAt(),
				c.accept() == null ? null : c.accept().due(), c.accept() == null ? null : c.accept().limit().toString(),
				c.feedback() == null ? null : c.feedback().due(),
				c.feedback() == null ? null : c.feedback().limit().toString(),
				c.callback() == null ? null : c.callback().start(), c.callback() == null ? null : c.callback().due(),
				c.callback() == null ? null : c.callback().limit().toString(), c.suspendedAt(),
				running == null ? null : running.due(), running == null ? null : lights.turnsYellow(running), c.replyResult(), c.replyText(),
				c.callbackAttempts(), c.solved(), c.satisfaction(), c.supervision(), c.masterCaseId(), p.version);
	}

	/** One {@code COPY … FROM STDIN} in text format, sent in chunks of about a megabyte. */
	private static final class Copy implements AutoCloseable {

		private static final int CHUNK = 1 << 20;
		private final CopyIn in;
		private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);

		Copy(PGConnection pg, String table) throws SQLException {
			this.in = pg.getCopyAPI().copyIn("copy " + table + " from stdin");
		}

		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append('\t');
				}
				append(values[i]);
			}
			buffer.append('\n');
			if (buffer.length() >= CHUNK) {
				flush();
			}
		}

		private void append(Object value) {
			if (value == null) {
				buffer.append("\\N");
			}
			else if (value instanceof Boolean b) {
				buffer.append(b ? 't' : 'f');
			}
			else if (value instanceof Enum<?> e) {
				buffer.append(e.name());
			}
			else if (value instanceof String s) {
				for (int i = 0; i < s.length(); i++) {
					char ch = s.charAt(i);
					switch (ch) {
						case '\\' -> buffer.append("\\\\");
						case '\t' -> buffer.append("\\t");
						case '\n' -> buffer.append("\\n");
						case '\r' -> buffer.append("\\r");
						default -> buffer.append(ch);
					}
				}
			}
			else {
				buffer.append(value);
			}
		}

		private void flush() throws SQLException {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			in.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			in.endCopy();
		}
	}
}
