package org.zhili.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's {@code Idempotency-Key} filter (here on account creation): an answer is remembered for a day;
 * after that the key is new again, whenever the cleanup ran.
 */
@ZhiliIntegrationTest
class IdempotencyIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyPastItsDayStartsAFreshRequest() {
		String key = "day-old-" + System.nanoTime();
		String token = api.token("secadmin");
		Api.Response first = api.send("POST", "/api/v1/accounts", leader("idem" + System.nanoTime() % 1_000_000), token,
				"Idempotency-Key", key);
		assertThat(first.status()).as(first.body()).isEqualTo(201);

		// Within the day, the same key with another body is a mistake of the client.
		Map<String, Object> other = leader("idem" + System.nanoTime() % 1_000_000);
		assertThat(api.send("POST", "/api/v1/accounts", other, token, "Idempotency-Key", key).status()).isEqualTo(422);

		jdbc.sql("update platform.idempotent_request set created_at = created_at - interval '25 hours' where idem_key = :key")
			.param("key", key)
			.update();
		Api.Response later = api.send("POST", "/api/v1/accounts", other, token, "Idempotency-Key", key);

		assertThat(later.status()).as(later.body()).isEqualTo(201);
		assertThat(later.header("Idempotent-Replayed")).isNull();
		assertThat(later.json().get("account").get("username").asString()).isEqualTo(other.get("username"));
	}

	@Test
	void aMalformedKeyIsRefusedByName() {
		Api.Response r = api.send("POST", "/api/v1/accounts", leader("idem" + System.nanoTime() % 1_000_000),
				api.token("secadmin"), "Idempotency-Key", "k".repeat(201));

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("invalid_idempotency_key");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
	}

	private static Map<String, Object> leader(String username) {
		return Map.of("username", username, "displayName", "李四", "roles", List.of("LEADER"), "scopeUnitCode", "120104");
	}
}
