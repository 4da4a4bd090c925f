package org.zhili.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

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
		record(origin(), action, target, outcome, detail);
	}

	@Override
	public Origin origin() {
		return new Origin(Actors.current().map(Actor::username).orElse("anonymous"), currentAddress());
	}

	@Override
	public void record(Origin origin, String action, String target, AuditOutcome outcome, String detail) {
		append(origin.actor(), origin.address(), action, target, outcome, detail);
	}

	/**
	 * Appends with an explicit actor, e.g. the user name typed into a failed sign-in. The row is sealed into
	 * the chain shortly after by {@link AuditSealer}; appending waits for nobody.
	 */
	void append(String actor, String address, String action, String target, AuditOutcome outcome, String detail) {
		jdbc.sql("""
				insert into identity.audit_event (id, occurred_at, actor, address, action, target, outcome, detail)
				values (nextval('identity.audit_event_seq'), :at, :actor, :address, :action, :target, :outcome, :detail)""")
			.param("at", Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
			.param("actor", cut(actor, 100))
			.param("address", cut(address, 64))
			.param("action", cut(action, 64))
			.param("target", cut(target, 200))
			.param("outcome", outcome.name())
			.param("detail", cut(detail, 1000))
			.update();
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
