package org.zhili.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import tools.jackson.databind.JsonNode;

/** Registers cases and takes steps through the API, as the people of the demo district. */
public final class CaseFixtures extends CasesThroughApi {

	public CaseFixtures(Api api) {
		super(api);
	}

	/** A point inside a street, taken from the map layer the street's own accounts see. */
	double[] pointIn(String streetCode) {
		return pointIn("STREET", streetCode);
	}

	/** A complaint registered by the operator at a point in the street; extra fields override the defaults. */
	public JsonNode register(String streetCode, Map<String, Object> extra) {
		double[] point = pointIn(streetCode);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "小区楼道堆放杂物，存在消防隐患", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "李四", "phone", "13700001111")));
		body.putAll(extra);
		return register(body);
	}

	Api.Response attempt(long id, String action, Map<String, Object> input, String who) {
		return api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
	}

	static String state(JsonNode kase) {
		return kase.get("state").get("code").asString();
	}

	static List<String> actions(JsonNode kase) {
		return kase.get("allowedActions").valueStream().map(JsonNode::asString).toList();
	}

	public static List<String> timeline(JsonNode kase) {
		return kase.get("timeline").valueStream().map(e -> e.get("action").asString()).toList();
	}
}
