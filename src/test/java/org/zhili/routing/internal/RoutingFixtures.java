package org.zhili.routing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases registered and moved through the API for routing's tests, and waiting for routing's listeners. */
final class RoutingFixtures {

	static final String CHANGHONG = "120104001000";
	static final String GULOU = "120104002000";

	private final Api api;

	RoutingFixtures(Api api) {
		this.api = api;
	}

	/** A point inside a unit of the given level (the interior point of its polygon). */
	double[] pointIn(String level, String code) {
		JsonNode layer = api.get("/api/v1/org/geojson?level=" + level, "operator").json();
		for (JsonNode feature : layer.get("features")) {
			if (code == null || code.equals(feature.get("properties").get("code").asString())) {
				JsonNode geometry = feature.get("geometry");
				JsonNode ring = "MultiPolygon".equals(geometry.get("type").asString())
						? geometry.get("coordinates").get(0).get(0) : geometry.get("coordinates").get(0);
				Coordinate[] coordinates = ring.valueStream()
					.map(c -> new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()))
					.toArray(Coordinate[]::new);
				Point inside = new GeometryFactory().createPolygon(coordinates).getInteriorPoint();
				return new double[] { inside.getX(), inside.getY() };
			}
		}
		throw new IllegalArgumentException("no " + level + " " + code);
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
		Api.Response r = api.post("/api/v1/cases", body, "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	JsonNode step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	JsonNode view(long id, String who) {
		Api.Response r = api.get("/api/v1/cases/" + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	/** Waits for routing's listeners (they run after the case's transaction, on their own threads). */
	static void await(String what, Supplier<Boolean> condition) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("timed out waiting until " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
