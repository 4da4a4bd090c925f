package org.zhili.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class AuditChainIT {

	@Autowired
	JdbcAuditTrail audit;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChainVerifiesAndATamperedRowIsReported() {
		audit.success("test.one", "a", "第一条");
		audit.success("test.two", "b", "第二条");
		audit.success("test.three", "c", "第三条");
		long tampered = jdbc.sql("select id from identity.audit_event where action = 'test.two' order by id desc limit 1")
			.query(Long.class)
			.single();

		assertThat(verifier.verify().intact()).isTrue();

		rewrite(tampered, "改过的内容");
		try {
			AuditChainVerifier.Verification broken = verifier.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBrokenId()).isEqualTo(tampered);
		}
		finally {
			rewrite(tampered, "第二条");
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeAuditRows() {
		audit.success("test.guard", "x", "不可修改");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("update identity.audit_event set detail = 'x' where action = 'test.guard'")
				.update())
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("delete from identity.audit_event where action = 'test.guard'").update())
			.hasMessageContaining("append-only");
	}

	/** What someone with database access might do: switch the guard off and edit a row. */
	private void rewrite(long id, String detail) {
		jdbc.sql("alter table identity.audit_event disable trigger audit_event_append_only").update();
		jdbc.sql("update identity.audit_event set detail = :d where id = :id").param("d", detail).param("id", id).update();
		jdbc.sql("alter table identity.audit_event enable trigger audit_event_append_only").update();
	}
}
