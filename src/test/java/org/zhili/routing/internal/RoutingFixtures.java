package org.zhili.routing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import tools.jackson.databind.JsonNode;

/** Cases registered and moved through the API for routing's tests, and waiting for routing's listeners. */
final class RoutingFixtures extends CasesThroughApi {

	static final String CHANGHONG = "120104001000";
	static final String GULOU = "120104002000";

	RoutingFixtures(Api api) {
		super(api);
	}

	/** The code of a first-level category by name. */
	String category(String name) {
		for (JsonNode rule : api.get("/api/v1/routing/rules", "dispatcher").json()) {
			if (name.equals(rule.get("name").asString())) {
				return rule.get("categoryCode").asString();
			}
		}
		throw new IllegalArgumentException("no category " + name);
	}

	JsonNode register(double[] point, String description, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "description", description, "location",
				Map.of("lng", point[0], "lat", point[1]), "requester", Map.of("name", "王五", "phone", "13800002222")));
		body.putAll(extra);
		return register(body);
	}

	/** Waits for routing's listeners (they run after the case's transaction, on their own threads). */
	static void await(String what, Supplier<Boolean> condition) {
		Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition::get);
	}
}
