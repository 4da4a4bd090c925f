package org.zhili.portal.internal;

import java.util.Map;

import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The government side of a public request, through the API: find it, dispatch, handle, reply, review. */
final class PortalCases {

	static final String CHANGHONG = "120104001000";

	private final Api api;

	PortalCases(Api api) {
		this.api = api;
	}

	long idOf(String trackingNumber) {
		Api.Response r = api.get("/api/v1/cases?q=" + trackingNumber, "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("items").size()).as(r.body()).isEqualTo(1);
		return r.json().get("items").get(0).get("id").asLong();
	}

	JsonNode view(long id) {
		return api.get("/api/v1/cases/" + id, "dispatcher").json();
	}

	/** Dispatched to 长虹街道, signed for, a note kept inside, replied and the reply approved: awaiting a rating. */
	void answer(long id, String internalNote, String reply) {
		step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(id, "accept", Map.of(), "changhong");
		step(id, "note", Map.of("note", internalNote), "changhong");
		step(id, "reply", Map.of("result", "SOLVED", "note", reply), "changhong");
		step(id, "review", Map.of("approved", true), "dispatcher");
	}

	JsonNode step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		return r.json();
	}
}
