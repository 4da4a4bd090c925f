package org.zhili.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class AuditApiIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;


	@Test
	void theAuditorFindsSignInsAndTheChainVerifies() {
		api.token("leader");

		Api.Response found = api.get("/api/v1/audit/events?actor=leader&action=identity.sign-in", "auditor");
		Api.Response verification = api.get("/api/v1/audit/verification", "auditor");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("total").asLong()).isPositive();
		assertThat(found.json().get("items").get(0).get("actor").asString()).isEqualTo("leader");
		assertThat(verification.json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void anExportIsCsvAndIsItselfAudited() {
		Api.Response csv = api.get("/api/v1/audit/export?action=identity.sign-in", "auditor");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF编号,时间,操作人").contains("identity.sign-in");
		assertThat(jdbc.sql("select count(*) from identity.audit_event where action = 'identity.audit.exported' and actor = 'auditor'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void recordsWithinTheRetentionPeriodCannotBePurged() {
		Api.Response r = api.post("/api/v1/audit/purge",
				Map.of("before", Instant.now().minus(10, ChronoUnit.DAYS).toString()), "auditor");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("before");
	}

	@Test
	void badSearchInputNamesTheParameter() {
		Api.Response r = api.get("/api/v1/audit/events?from=yesterday", "auditor");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
	}
}
