package org.zhili.cases.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages to a unit's inbox: new work, whistles, reminders (催办), escalations, 督办. */
@Repository
class Notifications {

	enum Kind {
		ASSIGNED("新派单"), WHISTLED("吹哨"), APPROVAL("待审批"), REVIEW("待审核"), REWORK("返工"), REMINDER("催办"),
		ESCALATION("超期"), SUPERVISION("督办");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	record Notification(long id, String unitCode, long caseId, String trackingNumber, Kind kind, String message,
			Instant createdAt, Instant readAt) {
	}

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void send(String unitCode, long caseId, Kind kind, String message, Instant at) {
		jdbc.sql("""
				insert into cases.notification (unit_code, case_id, kind, message, created_at)
				values (:unit, :case, :kind, :message, :at)""")
			.param("unit", unitCode)
			.param("case", caseId)
			.param("kind", kind.name())
			.param("message", message.length() > 300 ? message.substring(0, 300) : message)
			.param("at", CaseRepository.timestamp(at))
			.update();
	}

	List<Notification> forUnits(Collection<String> units, boolean unreadOnly, int limit) {
		return jdbc.sql("""
				select n.id, n.unit_code, n.case_id, c.tracking_number, n.kind, n.message, n.created_at, n.read_at
				from cases.notification n join cases.case_record c on c.id = n.case_id
				where n.unit_code in (:units)""" + (unreadOnly ? " and n.read_at is null" : "") + """
				 order by n.created_at desc limit :limit""")
			.param("units", units)
			.param("limit", limit)
			.query((rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					Kind.valueOf(rs.getString(5)), rs.getString(6), CaseRepository.instant(rs, 7),
					CaseRepository.instant(rs, 8)))
			.list();
	}

	int markRead(Collection<String> units, Instant at) {
		return jdbc.sql("update cases.notification set read_at = :at where unit_code in (:units) and read_at is null")
			.param("at", CaseRepository.timestamp(at))
			.param("units", units)
			.update();
	}
}
