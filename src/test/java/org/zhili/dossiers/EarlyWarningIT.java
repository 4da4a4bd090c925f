package org.zhili.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.disputes.MediationFailed;
import org.zhili.dossiers.internal.DossierProperties;
import org.zhili.dossiers.internal.warning.EarlyWarnings;
import org.zhili.identity.FieldCipher;
import org.zhili.org.AddressKey;
import org.zhili.petitions.PetitionRegistered;
import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The early warning: three unresolved complaints at one building, a failed mediation and a group of callers each
 * raise one alert in the street's inbox; the street acknowledges and handles it; a later petition at the building or
 * by a phone behind it is counted against it.
 */
@ZhiliIntegrationTest
class EarlyWarningIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EarlyWarnings warnings;

	@Autowired
	DossierProperties properties;

	@Autowired
	FieldCipher cipher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	long register(double[] point, String address, String phone, String category, String description) {
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", category,
				"description", description, "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "钱七", "phone", phone)));
		if (address != null) {
			body.put("address", address);
		}
		return new CasesThroughApi(api).register(body).get("id").asLong();
	}

	static String phone() {
		return "136" + ThreadLocalRandom.current().nextInt(10000000, 99999999);
	}

	Optional<JsonNode> alertWith(String who, long caseOrItemId) {
		JsonNode overview = api.get("/api/v1/early-warnings?limit=1000", who).json();
		return overview.get("alerts").valueStream()
			.filter(a -> a.get("evidence").valueStream().anyMatch(e -> e.get("itemId").asLong() == caseOrItemId))
			.findFirst();
	}

	JsonNode awaitAlert(String who, long itemId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> alertWith(who, itemId), Optional::isPresent)
			.orElseThrow();
	}

	void publish(Object event) {
		transactions.executeWithoutResult(t -> events.publishEvent(event));
	}

	@Test
	void threeUnresolvedComplaintsAtOneBuildingRaiseOneAlertThatAPetitionLaterFollows() {
		double[] point = new CasesThroughApi(api).pointIn("STREET", CHANGHONG);
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		String key = AddressKey.of("密云路" + house + "号5号楼");
		List<Long> ids = new ArrayList<>();
		ids.add(register(point, "密云路" + house + "号5号楼1门201", phone(), "C01", "楼下餐馆油烟直排 " + house));
		ids.add(register(point, "密云路" + house + "号5号楼3门502", phone(), "C01", "餐馆油烟熏得不能开窗 " + house));
		// two complaints are not yet a building's alert (other tests' callers may make a group one in the community)
		assertThat(alertWith("changhong", ids.get(0)).filter(x -> x.get("rule").asString().equals("SAME_BUILDING"))).isEmpty();
		ids.add(register(point, "天津市南开区密云路" + house + "号5号楼", phone(), "C01", "油烟问题反映多次仍未解决 " + house));

		JsonNode alert = awaitAlert("changhong", ids.get(2));
		assertThat(alert.get("rule").asString()).isEqualTo("SAME_BUILDING");
		assertThat(alert.get("addressKey").asString()).isEqualTo(key);
		assertThat(alert.get("streetCode").asString()).isEqualTo(CHANGHONG);
		assertThat(alert.get("evidence").valueStream().map(e -> e.get("itemId").asLong())).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(alert.get("evidence").get(0).get("link").asString()).startsWith("/cases/");
		long id = alert.get("id").asLong();
		assertThat(jdbc.sql("""
				select count(*) from process.inbox_message where loop = 'early-warning' and item_id = :id
				   and unit_code = :street""").param("id", id).param("street", CHANGHONG).query(Long.class).single())
			.isEqualTo(1);

		// A fourth complaint, and the day's sweep, find the same matter: no second alert.
		ids.add(register(point, "密云路" + house + "号5号楼", phone(), "C01", "油烟仍未处理 " + house));
		warnings.sweep(java.time.LocalDate.ofInstant(Instant.now(), ChinaTime.ZONE));
		assertThat(jdbc.sql("select count(*) from dossiers.alert where address_key = :k").param("k", key)
			.query(Long.class).single()).isEqualTo(1);

		// Only the street sees and handles it.
		assertThat(alertWith("gulou", ids.get(2))).isEmpty();
		assertThat(api.post("/api/v1/early-warnings/" + id + "/acknowledge", Map.of(), "gulou").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/early-warnings/" + id + "/acknowledge", Map.of(), "changhong").json()
			.get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(api.post("/api/v1/early-warnings/" + id + "/handle", Map.of("note", ""), "changhong").status())
			.isEqualTo(400);
		assertThat(api.post("/api/v1/early-warnings/" + id + "/handle", Map.of("note", "已约谈餐馆业主，加装油烟净化器"),
				"changhong").json().get("stateLabel").asString()).isEqualTo("已处置");
		assertThat(api.post("/api/v1/early-warnings/" + id + "/handle", Map.of("note", "再次"), "changhong").status())
			.isEqualTo(409);

		long before = api.get("/api/v1/early-warnings", "leader").json().get("followedByPetition").asLong();
		long petition = 9_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		publish(new PetitionRegistered(petition, "XF" + petition, CHANGHONG, key, null, 12, Instant.now()));
		JsonNode followed = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get("/api/v1/early-warnings/" + id, "changhong").json(), a -> !a.get("petition").isNull());
		assertThat(followed.get("petition").get("trackingNumber").asString()).isEqualTo("XF" + petition);
		JsonNode figures = api.get("/api/v1/early-warnings", "leader").json();
		assertThat(figures.get("followedByPetition").asLong()).isEqualTo(before + 1);
		assertThat(api.get("/early-warnings", "changhong").body()).contains("预警后发生信访", "XF" + petition);
	}

	@Test
	void aFailedMediationWarnsTheStreetAndAPetitionByOneOfItsPartiesFollowsIt() {
		long dispute = 8_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		String party = cipher.blindIndex(phone());
		publish(new MediationFailed(dispute, "TJ" + dispute, CHANGHONG, null, List.of(party), Instant.now()));
		JsonNode alert = awaitAlert("changhong", dispute);
		assertThat(alert.get("rule").asString()).isEqualTo("MEDIATION_FAILED");
		assertThat(alert.get("evidence").get(0).get("loop").asString()).isEqualTo("dispute");

		publish(new MediationFailed(dispute, "TJ" + dispute, CHANGHONG, null, List.of(party), Instant.now()));
		long petition = 7_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		publish(new PetitionRegistered(petition, "XF" + petition, CHANGHONG, null, party, 1, Instant.now()));
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.until(() -> jdbc.sql("select petition_id from dossiers.alert where dedupe_key = :k")
				.param("k", "MEDIATION_FAILED:" + dispute).query(Long.class).list(), l -> l.equals(List.of(petition)));

		// Heard of in the other order (a petition first, the alert raised after it for an earlier matter): matched too.
		long later = dispute + 1;
		String other = cipher.blindIndex(phone());
		publish(new PetitionRegistered(later, "XF" + later, CHANGHONG, null, other, 1, Instant.now().plusSeconds(60)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.until(() -> jdbc.sql("select count(*) from dossiers.petition_seen where petition_id = :p").param("p", later)
				.query(Long.class).single() == 1);
		publish(new MediationFailed(later, "TJ" + later, CHANGHONG, null, List.of(other), Instant.now()));
		JsonNode followed = awaitAlert("changhong", later);
		assertThat(followed.get("petition").get("trackingNumber").asString()).isEqualTo("XF" + later);
	}

	@Test
	void manyCallersOnOneTopicInOneCommunityRaiseAGroupAlert() {
		// A community and first-level category without recent calls, so that only this test's callers count.
		JsonNode layer = api.get("/api/v1/org/geojson?level=COMMUNITY", "operator").json();
		String community = null;
		String top = null;
		for (JsonNode f : layer.get("features")) {
			String code = f.get("properties").get("code").asString();
			for (String t : List.of("C07", "C06", "C05", "C04", "C03", "C02")) {
				long recent = jdbc.sql("""
						select count(*) from cases.case_record where community_code = :c and left(category_code, 3) = :t
						   and registered_at > now() - interval '30 days'""").param("c", code).param("t", t)
					.query(Long.class).single();
				long alerts = jdbc.sql("select count(*) from dossiers.alert where community_code = :c and category_code = :t")
					.param("c", code).param("t", t).query(Long.class).single();
				if (recent == 0 && alerts == 0) {
					community = code;
					top = t;
					break;
				}
			}
			if (community != null) {
				break;
			}
		}
		assertThat(community).isNotNull();
		double[] point = new CasesThroughApi(api).pointIn("COMMUNITY", community);
		int callers = properties.earlyWarning().rules().groupCallers().phones();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			ids.add(register(point, null, phone(), top, "小区停水三天无人通知 第" + i + "位来电 " + community));
		}
		JsonNode alert = awaitAlert("leader", ids.get(callers - 1));
		assertThat(alert.get("rule").asString()).isEqualTo("GROUP_CALLERS");
		assertThat(alert.get("communityCode").asString()).isEqualTo(community);
		assertThat(alert.get("categoryCode").asString()).isEqualTo(top);
		assertThat(alert.get("evidence").valueStream().map(e -> e.get("itemId").asLong())).containsExactlyInAnyOrderElementsOf(ids);
	}
}
