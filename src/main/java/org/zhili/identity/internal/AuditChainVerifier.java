package org.zhili.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.AuditOutcome;

/** Seals what is pending, then re-computes the whole chain and reports the first row that does not fit. */
@Component
class AuditChainVerifier {

	/**
	 * @param intact whether every row and link checks out
	 * @param rowsChecked rows read
	 * @param firstBrokenId the first row whose content or link is wrong, or {@code null}
	 * @param problem what is wrong there (Chinese), or {@code null}
	 */
	record Verification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {
	}

	private final JdbcTemplate jdbc;
	private final AuditSealer sealer;
	private final TransactionTemplate transactions;

	AuditChainVerifier(DataSource dataSource, AuditSealer sealer, TransactionTemplate transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000); // stream the chain instead of loading it
		this.sealer = sealer;
		this.transactions = transactions;
	}

	Verification verify() {
		sealer.sealAll();
		return transactions.execute(tx -> walk());
	}

	private Verification walk() {
		record Head(String lastHash, long lastSeq, String anchorHash) {
		}
		Head head = jdbc.queryForObject("select last_hash, last_seq, anchor_hash from identity.audit_chain where id = 1",
				(rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3)));
		Walk walk = new Walk(head.anchorHash());
		jdbc.query("""
				select id, seq, occurred_at, actor, address, action, target, outcome, detail, prev_hash, hash
				from identity.audit_event where seq is not null order by seq""", walk);
		if (walk.broken == null && (!walk.expectedPrev.equals(head.lastHash()) || walk.lastSeq != head.lastSeq()
				&& walk.rows > 0)) {
			return new Verification(false, walk.rows, walk.lastId, "链尾不符：该记录之后的审计记录被删除");
		}
		return new Verification(walk.broken == null, walk.rows, walk.broken, walk.problem);
	}

	private static final class Walk implements RowCallbackHandler {

		String expectedPrev;
		long rows;
		long lastSeq;
		Long lastId;
		Long broken;
		String problem;

		Walk(String anchor) {
			this.expectedPrev = anchor;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (broken != null) {
				return;
			}
			rows++;
			AuditRow row = new AuditRow(rs.getLong("id"), rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("target"),
					AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("prev_hash"),
					rs.getString("hash"));
			if (!expectedPrev.equals(row.prevHash())) {
				broken = row.id();
				problem = "链接断开：该记录之前的记录被删除或改动";
			}
			else if (!row.hashMatches()) {
				broken = row.id();
				problem = "内容被改动：哈希值与记录内容不符";
			}
			expectedPrev = row.hash() == null ? "" : row.hash();
			lastSeq = row.seq();
			lastId = row.id();
		}
	}
}
