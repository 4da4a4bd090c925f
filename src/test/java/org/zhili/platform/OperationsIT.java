package org.zhili.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator of the platform relies on: health, metrics, the API description, request ids. */
@ZhiliIntegrationTest
class OperationsIT {

	@Autowired
	Api api;


	@Test
	void healthIsUpWithoutSigningIn() {
		Api.Response health = api.send("GET", "/actuator/health", null, null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreExported() {
		api.send("GET", "/actuator/health", null, null);

		Api.Response metrics = api.metrics();

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	/** Issue 21, finding 4: the metrics name every route with its counts, failed sign-ins included. */
	@Test
	void onlyTheScraperReadsTheMetrics() {
		assertThat(api.send("GET", "/actuator/prometheus", null, null).status()).isEqualTo(401);
		String wrong = java.util.Base64.getEncoder().encodeToString("prometheus:guess".getBytes());
		assertThat(api.send("GET", "/actuator/prometheus", null, null, "Authorization", "Basic " + wrong).status())
			.isEqualTo(401);
		assertThat(api.send("GET", "/actuator/prometheus", null, api.token("leader")).status()).isIn(401, 403);
		assertThat(api.send("GET", "/actuator/health", null, null).status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Api.Response docs = api.send("GET", "/v3/api-docs", null, null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(docs.json().get("paths").has("/api/v1/accounts")).isTrue();
		assertThat(api.send("GET", "/swagger-ui/index.html", null, null).status()).isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesARequestIdThatProblemsRepeat() {
		Api.Response given = api.send("GET", "/api/v1/nowhere", null, api.token("operator"), "X-Request-Id",
				"trace-12345678");
		Api.Response made = api.send("GET", "/actuator/health", null, null);

		assertThat(given.status()).isEqualTo(404);
		assertThat(given.header("X-Request-Id")).isEqualTo("trace-12345678");
		assertThat(given.json().get("requestId").asString()).isEqualTo("trace-12345678");
		assertThat(given.json().get("code").asString()).isEqualTo("not_found");
		assertThat(made.header("X-Request-Id")).hasSizeGreaterThan(8);
	}

	@Test
	void theLoginPageIsServedInChineseAndEnglish() {
		assertThat(api.send("GET", "/login", null, null).body()).contains("南开区治理平台").contains("动态口令");
		assertThat(api.send("GET", "/login?lang=en", null, null).body()).contains("Sign in").contains("One-time code");
	}

	@Test
	void aBrowserIsSentToTheLoginPage() {
		Api.Response page = api.send("GET", "/", null, null, "Accept", "text/html");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/login");
	}
}
