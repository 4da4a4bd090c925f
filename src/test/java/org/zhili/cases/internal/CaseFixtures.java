package org.zhili.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers cases and takes steps through the API, as the people of the demo district. */
final class CaseFixtures {

	private final Api api;

	CaseFixtures(Api api) {
		this.api = api;
	}

	/** A point inside a street, taken from the map layer the street's own accounts see. */
	double[] pointIn(String streetCode) {
		JsonNode layer = api.get("/api/v1/org/geojson?level=STREET", "operator").json();
		for (JsonNode feature : layer.get("features")) {
			if (streetCode.equals(feature.get("properties").get("code").asString())) {
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
		throw new IllegalArgumentException("no street " + streetCode);
	}

	/** A complaint registered by the operator at a point in the street; extra fields override the defaults. */
	JsonNode register(String streetCode, Map<String, Object> extra) {
		double[] point = pointIn(streetCode);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "小区楼道堆放杂物，存在消防隐患", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "李四", "phone", "13700001111")));
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

	Api.Response attempt(long id, String action, Map<String, Object> input, String who) {
		return api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
	}

	JsonNode view(long id, String who) {
		Api.Response r = api.get("/api/v1/cases/" + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	static String state(JsonNode kase) {
		return kase.get("state").get("code").asString();
	}

	static List<String> actions(JsonNode kase) {
		return kase.get("allowedActions").valueStream().map(JsonNode::asString).toList();
	}

	static List<String> timeline(JsonNode kase) {
		return kase.get("timeline").valueStream().map(e -> e.get("action").asString()).toList();
	}
}
