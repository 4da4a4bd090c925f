package org.zhili.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;

/** Places and case steps through the API, shared by the fixtures of the modules that work on cases. */
public class CasesThroughApi {

	protected final Api api;

	public CasesThroughApi(Api api) {
		this.api = api;
	}

	/** A point inside a unit of the given level (the interior point of its polygon); any unit when code is null. */
	public double[] pointIn(String level, String code) {
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

	/** Registers a case as the demo operator, which must succeed. */
	public JsonNode register(Map<String, Object> body) {
		Api.Response r = api.post("/api/v1/cases", body, "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	/** Takes an action on a case, which must succeed. */
	public JsonNode step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	/** A case as the given account sees it, which it must be allowed to. */
	public JsonNode view(long id, String who) {
		Api.Response r = api.get("/api/v1/cases/" + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}
}
