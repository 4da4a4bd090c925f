package org.zhili.urban.cases;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.TestImages;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The urban-management loop driven through its API as the demo's accounts. */
class UrbanCasesThroughApi extends CasesThroughApi {

	static final String CHANGHONG = "120104001000";
	static final String CGW = "120104CGW";
	static final String WGZ = "120104WGZ";

	UrbanCasesThroughApi(Api api) {
		super(api);
	}

	/** A small PNG, as a phone would send it: {name, data}. */
	static Map<String, String> photo(String name) {
		return Map.of("name", name, "data", Base64.getEncoder().encodeToString(png()));
	}

	static byte[] png() {
		return TestImages.filled(40, 30, (int) (System.nanoTime() & 0xFFFFFF));
	}

	/** jianduyuan reports an event on 长虹街 (暴露垃圾 unless told), which must succeed. */
	JsonNode report(String description, String kind, String classCode) {
		double[] point = pointIn("STREET", CHANGHONG);
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "classCode", classCode, "description", description,
				"lng", point[0], "lat", point[1], "photo", photo("scene.png")));
		Api.Response r = api.post("/api/v1/urban/cases", body, "jianduyuan");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	JsonNode report(String description) {
		return report(description, "EVENT", "0102");
	}

	/** A step that must succeed; answers the case after it. */
	JsonNode act(long id, String action, Object body, String who) {
		Api.Response r = api.post("/api/v1/urban/cases/" + id + "/" + action, body, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	Api.Response attempt(long id, String action, Object body, String who) {
		return api.post("/api/v1/urban/cases/" + id + "/" + action, body, who);
	}

	JsonNode get(long id, String who) {
		Api.Response r = api.get("/api/v1/urban/cases/" + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	/** Reported, registered and dispatched to the 区城管委: 处置中. */
	long handling(String description) {
		long id = report(description).get("id").asLong();
		act(id, "register", Map.of(), "zhibanzhang");
		JsonNode d = act(id, "dispatch", Map.of(), "chengguanpq");
		assertThat(d.get("handler").get("code").asString()).isEqualTo(CGW);
		return id;
	}
}
