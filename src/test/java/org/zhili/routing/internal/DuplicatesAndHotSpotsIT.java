package org.zhili.routing.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.routing.internal.RoutingFixtures.CHANGHONG;
import static org.zhili.routing.internal.RoutingFixtures.GULOU;
import static org.zhili.routing.internal.RoutingFixtures.await;

/** Repeated requests found and merged; a rising category becoming a proactive case for the street. */
@ZhiliIntegrationTest
class DuplicatesAndHotSpotsIT {

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Test
	void aRepeatedRequestIsFoundWhileTypingAndAfterRegistrationAndMergedIntoTheFirst() {
		RoutingFixtures f = new RoutingFixtures(api);
		double[] point = f.pointIn("STREET", GULOU);
		String first = "锦绣花园3号楼下水道堵塞\n锦绣花园小区3号楼下水道堵塞三天了，污水漫到楼道里，臭气熏天，物业一直不管，请尽快疏通。";
		String again = "锦绣花园3号楼污水外溢\n锦绣花园3号楼下水道堵了好几天，污水漫进楼道，气味很大，物业不处理，请帮忙疏通下水道。";
		long master = f.register(point, first, Map.of()).get("id").asLong();
		await("the first case is indexed", () -> api.get("/api/v1/routing/cases/" + master, "dispatcher").status() == 200);
		// while the operator types the second call
		Api.Response typing = api.post("/api/v1/routing/duplicates/check",
				Map.of("text", again, "location", Map.of("lng", point[0], "lat", point[1])), "operator");
		assertThat(typing.status()).as(typing.body()).isEqualTo(200);
		assertThat(typing.json().valueStream().map(c -> c.get("caseId").asLong())).contains(master);
		// an unrelated text at the same place is not a duplicate
		Api.Response other = api.post("/api/v1/routing/duplicates/check",
				Map.of("text", "咨询社保卡补办需要带哪些材料，在哪里办理", "location", Map.of("lng", point[0], "lat", point[1])), "operator");
		assertThat(other.json().valueStream().map(c -> c.get("caseId").asLong())).doesNotContain(master);
		assertThat(api.post("/api/v1/routing/duplicates/check", Map.of("text", " "), "operator").status()).isEqualTo(400);
		// registered anyway: the suggestion waits for a dispatcher
		long repeat = f.register(point, again, Map.of()).get("id").asLong();
		await("the suggestion is stored", () -> suggestion(repeat, master) != null);
		JsonNode s = suggestion(repeat, master);
		assertThat(s.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.5);
		assertThat(s.get("sameArea").asBoolean()).isTrue();
		assertThat(api.post("/api/v1/routing/duplicates/" + repeat + "/" + master + "/merge", Map.of(), "operator").status())
			.isEqualTo(403);
		Api.Response merged = api.post("/api/v1/routing/duplicates/" + repeat + "/" + master + "/merge", Map.of(), "dispatcher");
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		assertThat(merged.json().get("state").get("code").asString()).isEqualTo("MERGED");
		assertThat(merged.json().get("masterCaseId").asLong()).isEqualTo(master);
		await("the suggestion is gone", () -> suggestion(repeat, master) == null);
	}

	@Test
	void aRepeatJustAcrossACommunityBorderIsFoundByItsDistance() {
		RoutingFixtures f = new RoutingFixtures(api);
		double[] here = f.pointIn("STREET", CHANGHONG);
		String community = locator.locate(here[0], here[1]).orElseThrow().community().code();
		// walk east until the next community begins: the last point before it and the first after it
		double[] there = here.clone();
		while (community.equals(locator.locate(there[0], there[1]).orElseThrow().community().code())) {
			here = there.clone();
			there[0] += 0.0002;
		}
		String first = "华苑路12号门前路灯杆倾斜\n华苑路12号门前有一根路灯杆被车撞歪，倾斜得厉害，随时可能倒下砸到行人，请尽快处理。";
		String again = "华苑路12号门前路灯杆倾斜\n华苑路12号门前那根路灯杆被车撞歪了，倾斜得厉害，随时可能倒下砸到行人，请派人处理。";
		long master = f.register(here, first, Map.of()).get("id").asLong();
		await("the first case is indexed", () -> api.get("/api/v1/routing/cases/" + master, "dispatcher").status() == 200);

		long repeat = f.register(there, again, Map.of()).get("id").asLong();

		await("the suggestion is stored", () -> suggestion(repeat, master) != null);
		JsonNode s = suggestion(repeat, master);
		assertThat(s.get("sameArea").asBoolean()).isFalse();
		assertThat(s.get("distanceMetres").asDouble()).isLessThan(50);
	}

	@Test
	void aCategoryRisingInACommunityBecomesAProactiveCaseThatTheStreetHandles() {
		RoutingFixtures f = new RoutingFixtures(api);
		String health = f.category("卫生计生");
		double[] point = f.pointIn("STREET", CHANGHONG);
		String[] texts = { "社区卫生服务站周末不开门，老人看病拿药很不方便", "社区诊所药品短缺，慢性病药经常买不到",
				"小区附近的卫生服务中心排队太久，医生太少", "社区医院疫苗接种预约困难，名额太少" };
		long last = 0;
		for (String text : texts) {
			last = f.register(point, text, Map.of("categoryCode", health, "type", "HELP")).get("id").asLong();
		}
		long lastCase = last;
		await("the cases are indexed", () -> api.get("/api/v1/routing/cases/" + lastCase, "dispatcher").status() == 200);
		JsonNode community = f.view(lastCase, "dispatcher").get("territory").get("community");
		Api.Response detected = api.post("/api/v1/routing/hot-spots/detect", Map.of(), "leader");
		assertThat(detected.status()).as(detected.body()).isEqualTo(200);
		JsonNode spot = detected.json().valueStream()
			.filter(h -> h.get("areaCode").asString().equals(community.get("code").asString())
					&& h.get("categoryCode").asString().equals(health))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no hot spot in " + community + ": " + detected.body()));
		assertThat(spot.get("recent").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(spot.get("pValue").asDouble()).isLessThan(0.01);
		assertThat(spot.get("streetCode").asString()).isEqualTo(CHANGHONG);
		assertThat(api.get("/api/v1/routing/hot-spots", "leader").json().toString()).contains(community.get("code").asString());
		assertThat(api.post("/api/v1/routing/hot-spots/" + spot.get("id").asLong() + "/proactive", Map.of(), "operator").status())
			.isEqualTo(403);
		Api.Response proactive = api.post("/api/v1/routing/hot-spots/" + spot.get("id").asLong() + "/proactive",
				Map.of("note", "请排查社区卫生服务供给"), "leader");
		assertThat(proactive.status()).as(proactive.body()).isEqualTo(200);
		JsonNode kase = proactive.json();
		assertThat(kase.get("channel").get("code").asString()).isEqualTo("PROACTIVE");
		assertThat(kase.get("state").get("code").asString()).isEqualTo("DISPATCHED");
		assertThat(kase.get("leadUnit").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(kase.get("description").asString()).contains("请排查社区卫生服务供给");
		// the street takes it through the normal lifecycle
		long id = kase.get("id").asLong();
		f.step(id, "accept", Map.of(), "changhong");
		JsonNode replied = f.step(id, "reply", Map.of("result", "SOLVED", "note", "已协调增加周末门诊"), "changhong");
		assertThat(replied.get("state").get("code").asString()).isEqualTo("REPLIED");
		assertThat(api.post("/api/v1/routing/hot-spots/" + spot.get("id").asLong() + "/proactive", Map.of(), "leader").status())
			.isEqualTo(409);
	}

	private JsonNode suggestion(long caseId, long candidateId) {
		for (JsonNode s : api.get("/api/v1/routing/duplicates", "dispatcher").json()) {
			if (s.get("kase").get("id").asLong() == caseId && s.get("candidate").get("id").asLong() == candidateId) {
				return s;
			}
		}
		return null;
	}
}
