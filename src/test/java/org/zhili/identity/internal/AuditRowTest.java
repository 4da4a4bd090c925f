package org.zhili.identity.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.zhili.identity.AuditOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRowTest {

	final AuditRow row = new AuditRow(7, null, Instant.parse("2026-11-22T03:00:00.123456789Z"), "secadmin", "10.0.0.1",
			"identity.account.created", "zhangsan", AuditOutcome.SUCCESS, "创建账号", null, null).sealed(3, AuditRow.GENESIS);

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		assertThat(row.hash()).hasSize(64);
		assertThat(row.hashMatches()).isTrue();
		assertThat(with(row.id(), row.actor(), "创建账号。", row.prevHash()).hashMatches()).isFalse();
		assertThat(with(row.id(), "auditor", row.detail(), row.prevHash()).hashMatches()).isFalse();
		assertThat(with(8, row.actor(), row.detail(), row.prevHash()).hashMatches()).isFalse();
		assertThat(with(row.id(), row.actor(), row.detail(), "1".repeat(64)).hashMatches()).isFalse();
		assertThat(new AuditRow(row.id(), 4L, row.occurredAt(), row.actor(), row.address(), row.action(), row.target(),
				row.outcome(), row.detail(), row.prevHash(), row.hash()).hashMatches()).as("moved in the chain").isFalse();
	}

	@Test
	void timesAreHashedAtTheDatabasesMicrosecondPrecision() {
		AuditRow reread = new AuditRow(row.id(), row.seq(), Instant.parse("2026-11-22T03:00:00.123456Z"), row.actor(),
				row.address(),
				row.action(), row.target(), row.outcome(), row.detail(), row.prevHash(), row.hash());

		assertThat(reread.hashMatches()).isTrue();
	}

	private AuditRow with(long id, String actor, String detail, String prev) {
		return new AuditRow(id, row.seq(), row.occurredAt(), actor, row.address(), row.action(), row.target(),
				row.outcome(), detail, prev, row.hash());
	}
}
