package org.zhili.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.AuditOutcome;

/**
 * Seals appended audit rows into the hash chain, in the order they were written. Appending takes no lock,
 * so a busy district never waits for its audit trail; sealing follows within seconds (a cluster-safe
 * recurring task), and whoever verifies or exports the trail seals what is pending first.
 */
@Configuration(proxyBeanMethods = false)
class AuditSealer {

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate transactions;

	AuditSealer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
	}

	@Bean
	RecurringTask<Void> auditSealTask(@Lazy AuditSealer sealer) {
		return Tasks.recurring("audit-seal", FixedDelay.ofSeconds(5)).execute((instance, context) -> sealer.sealAll());
	}

	/** Seals everything written so far; returns how many rows. */
	long sealAll() {
		long sealed = 0;
		for (int n = sealBatch(); n > 0; n = sealBatch()) {
			sealed += n;
		}
		return sealed;
	}

	private int sealBatch() {
		Integer sealed = transactions.execute(tx -> {
			record Head(String lastHash, long lastSeq) {
			}
			// The chain head is locked, so one sealer at a time extends the chain.
			Head head = jdbc.sql("select last_hash, last_seq from identity.audit_chain where id = 1 for update")
				.query((rs, n) -> new Head(rs.getString(1), rs.getLong(2)))
				.single();
			List<AuditRow> pending = jdbc.sql("""
					select id, occurred_at, actor, address, action, target, outcome, detail from identity.audit_event
					where hash is null order by id limit :limit""")
				.param("limit", BATCH)
				.query(AuditSealer::unsealed)
				.list();
			if (pending.isEmpty()) {
				return 0;
			}
			String prev = head.lastHash();
			long seq = head.lastSeq();
			Object[][] updates = new Object[pending.size()][];
			for (int i = 0; i < pending.size(); i++) {
				AuditRow row = pending.get(i).sealed(++seq, prev);
				updates[i] = new Object[] { row.seq(), row.prevHash(), row.hash(), row.id() };
				prev = row.hash();
			}
			batch.batchUpdate("update identity.audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?",
					List.of(updates));
			jdbc.sql("update identity.audit_chain set last_hash = :hash, last_seq = :seq where id = 1")
				.param("hash", prev)
				.param("seq", seq)
				.update();
			return pending.size();
		});
		return sealed == null ? 0 : sealed;
	}

	private static AuditRow unsealed(ResultSet rs, int row) throws SQLException {
		return new AuditRow(rs.getLong("id"), null, rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("address"), rs.getString("action"), rs.getString("target"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), null, null);
	}
}
