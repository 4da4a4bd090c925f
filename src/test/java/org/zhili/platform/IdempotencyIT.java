package org.zhili.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An {@code Idempotency-Key} is remembered for a day; after that the key is new again, whenever the cleanup ran. */
@ZhiliIntegrationTest
class IdempotencyIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyPastItsDayStartsAFreshRequest() {
		String key = "day-old-" + System.nanoTime();
		String token = api.token("operator");
		Api.Response first = api.send("POST", "/api/v1/cases", Map.of("type", "COMPLAINT", "description",
				"楼道堆放杂物", "requester", Map.of("phone", "13600005555")), token, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);

		// Within the day, the same key with another body is a mistake of the client.
		Map<String, Object> other = Map.of("type", "HELP", "description", "独居老人需要帮助",
				"requester", Map.of("phone", "13600006666"));
		assertThat(api.send("POST", "/api/v1/cases", other, token, "Idempotency-Key", key).status()).isEqualTo(422);

		jdbc.sql("update platform.idempotent_request set created_at = created_at - interval '25 hours' where idem_key = :key")
			.param("key", key)
			.update();
		Api.Response later = api.send("POST", "/api/v1/cases", other, token, "Idempotency-Key", key);

		assertThat(later.status()).as(later.body()).isEqualTo(201);
		assertThat(later.header("Idempotent-Replayed")).isNull();
		assertThat(later.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());
	}
}
