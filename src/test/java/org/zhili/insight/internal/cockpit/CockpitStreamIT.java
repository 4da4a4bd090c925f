package org.zhili.insight.internal.cockpit;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The cockpit's live stream: the tiles at once, and again when a case is registered, without reloading. */
@ZhiliIntegrationTest
class CockpitStreamIT {

	@Autowired
	Api api;

	@Test
	void onlyReadersOfTheStatisticsMayOpenIt() {
		assertThat(api.send("GET", "/api/v1/cockpit/stream", null, null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/cockpit/stream", "guangminglu").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/cockpit/stream?street=abc", "leader").status()).isEqualTo(400);
	}

	@Test
	void aRegistrationIsPushedToTheOpenStream() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/cockpit/stream"))
			.header("Authorization", "Bearer " + api.token("leader"))
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					if (line.startsWith("data:")) {
						events.add(JsonMapper.builder().build().readTree(line.substring(5)));
					}
				}
			}
			catch (Exception ended) {
				// the test closed the stream
			}
		});
		reader.setDaemon(true);
		reader.start();
		try {
			JsonNode first = events.poll(20, TimeUnit.SECONDS);
			assertThat(first).as("the figures on connecting").isNotNull();
			long today = first.get("intake").get("today").asLong();

			double[] point = new CasesThroughApi(api).pointIn("GRID", null);
			new CasesThroughApi(api).register(Map.of("type", "HELP", "description", "楼道灯不亮，请尽快修理",
					"requester", Map.of("phone", "13600009999"), "location", Map.of("lng", point[0], "lat", point[1])));

			JsonNode pushed = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				JsonNode e = events.poll(1, TimeUnit.SECONDS);
				if (e != null && e.get("intake").get("today").asLong() > today) {
					pushed = e;
					break;
				}
			}
			assertThat(pushed).as("a push after the registration").isNotNull();
			assertThat(pushed.get("fingerprint").asString()).isNotEqualTo(first.get("fingerprint").asString());
		}
		finally {
			response.body().close();
		}
	}
}
