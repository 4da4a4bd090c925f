package org.zhili.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A create's {@code Idempotency-Key}: kept with the case it registered, for a day. */
@ZhiliIntegrationTest
class IntakeKeysIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetriedCreateReturnsTheSameCaseAndRegistersNoSecond() {
		String description = "夜间施工噪音扰民 " + System.nanoTime();
		Map<String, Object> call = call(description);
		String key = "intake-" + System.nanoTime();
		String token = api.token("operator");

		Api.Response first = api.send("POST", "/api/v1/cases", call, token, "Idempotency-Key", key);
		Api.Response retry = api.send("POST", "/api/v1/cases", call, token, "Idempotency-Key", key);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.json().get("trackingNumber").asString()).isEqualTo(first.json().get("trackingNumber").asString());
		assertThat(casesDescribed(description)).isEqualTo(1);
	}

	@Test
	void theSameKeyForAnotherRequestIsRefusedAndRegistersNothing() {
		String key = "intake-" + System.nanoTime();
		String token = api.token("operator");
		api.send("POST", "/api/v1/cases", call("楼道堆放杂物"), token, "Idempotency-Key", key);
		String other = "独居老人需要帮助 " + System.nanoTime();

		Api.Response reused = api.send("POST", "/api/v1/cases", call(other), token, "Idempotency-Key", key);

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("code").asString()).isEqualTo("idempotency_key_reused");
		assertThat(casesDescribed(other)).isZero();
	}

	@Test
	void anotherOperatorsKeyIsTheirOwn() {
		String key = "intake-" + System.nanoTime();
		String description = "共享单车乱停放 " + System.nanoTime();

		Api.Response mine = api.send("POST", "/api/v1/cases", call(description), api.token("operator"),
				"Idempotency-Key", key);
		Api.Response theirs = api.send("POST", "/api/v1/cases", call(description), api.token("dispatcher"),
				"Idempotency-Key", key);

		assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
		assertThat(theirs.header("Idempotent-Replayed")).isNull();
		assertThat(theirs.json().get("id").asLong()).isNotEqualTo(mine.json().get("id").asLong());
	}

	@Test
	void aKeyPastItsDayStartsAFreshCase() {
		String key = "day-old-" + System.nanoTime();
		String token = api.token("operator");
		Api.Response first = api.send("POST", "/api/v1/cases", call("楼道堆放杂物"), token, "Idempotency-Key", key);
		jdbc.sql("update cases.intake_key set created_at = created_at - interval '25 hours' where idem_key = :key")
			.param("key", key)
			.update();

		Api.Response later = api.send("POST", "/api/v1/cases", call("独居老人需要帮助"), token, "Idempotency-Key", key);

		assertThat(later.status()).as(later.body()).isEqualTo(201);
		assertThat(later.header("Idempotent-Replayed")).isNull();
		assertThat(later.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());
	}

	@Test
	void theSameCreateSentManyTimesAtOnceRegistersOneCase() throws Exception {
		String description = "路灯不亮 " + System.nanoTime();
		String key = "burst-" + System.nanoTime();
		String token = api.token("operator");
		ExecutorService senders = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Api.Response>> sends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				sends.add(() -> api.send("POST", "/api/v1/cases", call(description), token, "Idempotency-Key", key));
			}
			List<Long> ids = new ArrayList<>();
			for (Future<Api.Response> answer : senders.invokeAll(sends)) {
				Api.Response r = answer.get();
				assertThat(r.status()).as(r.body()).isEqualTo(201);
				ids.add(r.json().get("id").asLong());
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			senders.shutdown();
		}
		assertThat(casesDescribed(description)).isEqualTo(1);
	}

	@Test
	void retriesAndNewCreatesSentTogetherEachGetTheirOwnCase() throws Exception {
		String token = api.token("operator");
		String run = Long.toString(System.nanoTime());
		List<Long> originals = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			originals.add(api.send("POST", "/api/v1/cases", call("下水道堵塞 " + run + "-" + i), token, "Idempotency-Key",
					"first-" + run + "-" + i).json().get("id").asLong());
		}
		ExecutorService senders = Executors.newFixedThreadPool(12);
		try {
			List<Callable<Api.Response>> sends = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				int n = i;
				sends.add(() -> api.send("POST", "/api/v1/cases", call("下水道堵塞 " + run + "-" + n), token,
						"Idempotency-Key", "first-" + run + "-" + n));
				sends.add(() -> api.send("POST", "/api/v1/cases", call("噪音扰民 " + run + "-" + n), token,
						"Idempotency-Key", "new-" + run + "-" + n));
			}
			List<Future<Api.Response>> answers = senders.invokeAll(sends);
			for (int i = 0; i < 6; i++) {
				Api.Response retry = answers.get(2 * i).get();
				Api.Response fresh = answers.get(2 * i + 1).get();
				assertThat(retry.status()).as(retry.body()).isEqualTo(201);
				assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
				assertThat(retry.json().get("id").asLong()).isEqualTo(originals.get(i));
				assertThat(fresh.status()).as(fresh.body()).isEqualTo(201);
				assertThat(fresh.header("Idempotent-Replayed")).isNull();
				assertThat(fresh.json().get("description").asString()).isEqualTo("噪音扰民 " + run + "-" + i);
			}
		}
		finally {
			senders.shutdown();
		}
		for (int i = 0; i < 6; i++) {
			assertThat(casesDescribed("下水道堵塞 " + run + "-" + i)).isEqualTo(1);
			assertThat(casesDescribed("噪音扰民 " + run + "-" + i)).isEqualTo(1);
		}
	}

	@Test
	void aWorkOrderRetriedWithItsKeyGetsTheFirstAnswerAndWithoutItTheKnownCase() {
		String token = api.token("operator");
		String externalId = "WO-" + System.nanoTime();
		Map<String, Object> order = Map.of("type", "COMPLAINT", "description", "小区供暖不热 " + externalId, "requester",
				Map.of("phone", "13600003333"), "external", Map.of("system", "CITY_12345", "id", externalId));
		String key = "order-" + externalId;

		Api.Response first = api.send("POST", "/api/v1/cases", order, token, "Idempotency-Key", key);
		Api.Response retry = api.send("POST", "/api/v1/cases", order, token, "Idempotency-Key", key);
		Api.Response resent = api.send("POST", "/api/v1/cases", order, token, "Idempotency-Key", key + "-again");

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(resent.status()).as("the same work order under another key").isEqualTo(200);
		assertThat(List.of(retry.json().get("id").asLong(), resent.json().get("id").asLong()))
			.containsOnly(first.json().get("id").asLong());
	}

	@Test
	void aMalformedKeyIsRefusedByName() {
		Api.Response r = api.send("POST", "/api/v1/cases", call("路面破损"), api.token("operator"), "Idempotency-Key",
				"k".repeat(201));

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
	}

	private static Map<String, Object> call(String description) {
		return Map.of("type", "COMPLAINT", "description", description, "requester", Map.of("phone", "13600003333"));
	}

	private long casesDescribed(String description) {
		return jdbc.sql("select count(*) from cases.case_record where description = :d")
			.param("d", description)
			.query(Long.class)
			.single();
	}
}
