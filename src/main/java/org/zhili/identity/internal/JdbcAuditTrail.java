package org.zhili.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhili.identity.Actor;
import org.zhili.identity.Actors;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.AuditTrail;

/**
 * Appends to the hash chain. The chain head is locked for the append, so rows are chained in commit
 * order; a row written inside a business transaction is part of it.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void record(String action, String target, AuditOutcome outcome, String detail) {
		String actor = Actors.current().map(Actor::username).orElse("anonymous");
		append(actor, currentAddress(), action, target, outcome, detail);
	}

	/** Appends with an explicit actor, e.g. the user name typed into a failed sign-in. */
	void append(String actor, String address, String action, String target, AuditOutcome outcome, String detail) {
		transactions.executeWithoutResult(tx -> {
			String prev = jdbc.sql("select last_hash from identity.audit_chain where id = 1 for update")
				.query(String.class)
				.single();
			long id = jdbc.sql("select nextval('identity.audit_event_seq')").query(Long.class).single();
			AuditRow row = new AuditRow(id, clock.instant(), cut(actor, 100), cut(address, 64), cut(action, 64),
					cut(target, 200), outcome, cut(detail, 1000), prev, null)
				.sealed();
			jdbc.sql("""
					insert into identity.audit_event
					  (id, occurred_at, actor, address, action, target, outcome, detail, prev_hash, hash)
					values (:id, :at, :actor, :address, :action, :target, :outcome, :detail, :prev, :hash)""")
				.param("id", row.id())
				.param("at", Timestamp.from(row.occurredAt()))
				.param("actor", row.actor())
				.param("address", row.address())
				.param("action", row.action())
				.param("target", row.target())
				.param("outcome", row.outcome().name())
				.param("detail", row.detail())
				.param("prev", row.prevHash())
				.param("hash", row.hash())
				.update();
			jdbc.sql("update identity.audit_chain set last_hash = :hash where id = 1").param("hash", row.hash()).update();
		});
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
