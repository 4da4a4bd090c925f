package org.zhili.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhili.identity.Actor;
import org.zhili.identity.Actors;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.AuditTrail;

/**
 * Appends to the audit trail. A row written inside a business transaction commits or rolls back with it;
 * outside one (a failed sign-in) it commits on its own.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void record(String action, String target, AuditOutcome outcome, String detail) {
		recordAll(List.of(new Entry(origin(), action, target, outcome, detail)));
	}

	@Override
	public Origin origin() {
		return new Origin(Actors.current().map(Actor::username).orElse("anonymous"), currentAddress());
	}

	@Override
	public void recordAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
		List<Object[]> rows = entries.stream()
			.map(e -> new Object[] { at, cut(e.origin().actor(), 100), cut(e.origin().address(), 64),
					cut(e.action(), 64), cut(e.target(), 200), e.outcome().name(), cut(e.detail(), 1000) })
			.toList();
		jdbc.sql("insert into identity.audit_event (occurred_at, actor, address, action, target, outcome, detail) values :rows")
			.param("rows", rows)
			.update();
	}

	/**
	 * Appends with an explicit actor, e.g. the user name typed into a failed sign-in. The row is sealed into
	 * the chain shortly after by {@link AuditSealer}; appending waits for nobody.
	 */
	void append(String actor, String address, String action, String target, AuditOutcome outcome, String detail) {
		recordAll(List.of(new Entry(new Origin(actor, address), action, target, outcome, detail)));
	}

	static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
