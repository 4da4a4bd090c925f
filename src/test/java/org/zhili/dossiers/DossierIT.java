package org.zhili.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.org.AddressKey;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The one view of a person and of a building: merged, scoped to the reader, and every look audited. */
@ZhiliIntegrationTest
class DossierIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Links links;

	@Autowired
	TransactionTemplate transactions;

	long register(String address, String phone, String description) {
		double[] point = new CasesThroughApi(api).pointIn("STREET", CHANGHONG);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", description, "address", address, "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "赵六", "phone", phone)));
		return new CasesThroughApi(api).register(body).get("id").asLong();
	}

	static String q(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void aBuildingsCasesAreOneTimelineWhateverTheSpellingOfItsAddress() {
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		String phone = "139" + ThreadLocalRandom.current().nextInt(10000000, 99999999);
		List<Long> ids = new ArrayList<>();
		ids.add(register("天津市南开区长虹街道鞍山西道" + house + "号3号楼2门501", phone, "楼上装修噪音持续到深夜 " + house));
		ids.add(register("鞍山西道" + house + "号3号楼601室", "13" + house + "1234", "楼道灯损坏无人维修 " + house));
		register("鞍山西道" + house + "号4号楼101", "13" + house + "5678", "隔壁楼栋的下水道堵塞 " + house);

		JsonNode dossier = api.get("/api/v1/dossiers/address?address=" + q("南开区鞍山西道 " + house + "号 3号楼")
				+ "&reason=" + q("核实重复投诉"), "leader").json();

		assertThat(dossier.get("subject").asString()).isEqualTo("鞍山西道" + house + "号3号楼");
		List<Long> found = dossier.get("items").valueStream().map(i -> i.get("itemId").asLong()).toList();
		assertThat(found).containsExactly(ids.get(1), ids.get(0)); // newest first, the other building left out
		JsonNode item = dossier.get("items").get(0);
		assertThat(item.get("loop").asString()).isEqualTo("case");
		assertThat(item.get("link").asString()).isEqualTo("/cases/" + ids.get(1));
		assertThat(item.get("open").asBoolean()).isTrue();
		JsonNode caseCount = dossier.get("loops").valueStream().filter(l -> l.get("loop").asString().equals("case"))
			.findFirst().orElseThrow();
		assertThat(caseCount.get("count").asInt()).isEqualTo(2);

		JsonNode byKey = api.get("/api/v1/dossiers/address?key=" + q(AddressKey.of("鞍山西道" + house + "号3号楼"))
				+ "&reason=" + q("走访前了解情况"), "changhong").json();
		assertThat(byKey.get("items").size()).isEqualTo(2);
	}

	@Test
	void aPersonIsFoundByPhoneOnlyByThoseEntitledAndEveryLookIsAudited() {
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		String phone = "138" + ThreadLocalRandom.current().nextInt(10000000, 99999999);
		long id = register("红旗南路" + house + "号", phone, "小区供暖温度不达标 " + house);

		JsonNode byLeader = api.get("/api/v1/dossiers/person?phone=" + phone + "&reason=" + q("信访接待前核实"), "leader")
			.json();
		assertThat(byLeader.get("items").valueStream().map(i -> i.get("itemId").asLong())).containsExactly(id);
		assertThat(byLeader.get("subject").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		// The street of the place sees it; another street does not.
		assertThat(api.get("/api/v1/dossiers/person?phone=" + phone + "&reason=" + q("走访"), "changhong").json()
			.get("items").size()).isEqualTo(1);
		assertThat(api.get("/api/v1/dossiers/person?phone=" + phone + "&reason=" + q("走访"), "gulou").json()
			.get("items").size()).isZero();

		Api.Response noReason = api.get("/api/v1/dossiers/person?phone=" + phone, "leader");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(api.get("/api/v1/dossiers/person?reason=x", "leader").status()).isEqualTo(400);
		// Without DOSSIER_VIEW (a department handler, the operator) there is no look at all.
		assertThat(api.get("/api/v1/dossiers/person?phone=" + phone + "&reason=x", "chengguan").status()).isEqualTo(403);

		List<String> looks = jdbc.sql("""
				select actor || ' ' || target || ' ' || detail from identity.audit_event
				 where action = 'dossier.person.viewed' and detail like '%信访接待前核实%' order by id""")
			.query(String.class)
			.list();
		assertThat(looks).anySatisfy(l -> assertThat(l).startsWith("leader " + byLeader.get("subject").asString())
			.contains("1 项"));
	}

	@Test
	void thePageSearchesAndShowsTheTimeline() {
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		register("卫津路" + house + "号2栋", "137" + ThreadLocalRandom.current().nextInt(10000000, 99999999),
				"电梯频繁故障困人 " + house);
		Api.Response page = api.get("/dossiers?by=address&q=" + q("卫津路" + house + "号2栋1单元") + "&reason=" + q("核实"),
				"changhong");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("dossier-timeline").contains("电梯频繁故障困人");
	}

	@Test
	void theCasePageShowsTheItemsThatGrewOutOfIt() {
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		long id = register("黄河道" + house + "号", "135" + ThreadLocalRandom.current().nextInt(10000000, 99999999),
				"邻里因漏水多次争吵 " + house);
		assertThat(api.get("/cases/" + id, "leader").body()).doesNotContain("case-links");
		transactions.executeWithoutResult(t -> links.link(new Links.End("case", id, "NK" + id, "/cases/" + id),
				new Links.End("dispute", 77 + id, "TJ-" + house, "/disputes/" + (77 + id)), "opened-from", "转人民调解",
				"来源：12345工单", "tiaojie", java.time.Instant.now()));
		String page = api.get("/cases/" + id, "leader").body();
		assertThat(page).contains("case-links", "关联事项", "转人民调解", "TJ-" + house, "/disputes/" + (77 + id));
	}

	@Test
	void theSqlBackfillKeysAddressesAsJavaDoes() {
		List<String> addresses = new ArrayList<>(List.of("天津市南开区长虹街道鞍山西道 123号 3号楼2门501",
				"鞍山西道１２３号３号楼５０１室", "南开区鞍山西道123号3号楼", "鞍山西道125号", "水上公园东门", "  ", "天津南开区王顶堤街道办事处红旗南路8号院2幢",
				"（长虹公园）西门，靠近 #3 出口", "鞍山西道3号楼", "万德庄大街12号A座1201"));
		addresses.addAll(jdbc.sql("select address from cases.case_record where address is not null order by id limit 300")
			.query(String.class).list());
		for (String a : addresses) {
			String sql = jdbc.sql("select org.address_key(:a)").param("a", a).query(String.class).list().get(0);
			assertThat(sql).as(a).isEqualTo(AddressKey.of(a));
		}
	}
}
