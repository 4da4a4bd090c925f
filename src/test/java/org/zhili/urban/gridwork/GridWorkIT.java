package org.zhili.urban.gridwork;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 网格员 through the API as the chain of command uses it: the street assigns grid workers, the grid's own worker and
 * the street read the ledger (masked, every read audited) and nobody else does, a visit becomes a 12345 case in one
 * step, and the month's coverage counts what was visited.
 */
@ZhiliIntegrationTest
class GridWorkIT {

	static final String BASE = "/api/v1/urban/grids";
	static final String GUANGMINGLU = "120104001001";
	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Links links;

	@Autowired
	MovableClock clock;

	@Test
	void theStreetAssignsGridWorkersAndTheRosterMasksTheirPhones() {
		String grid = firstGrid(community(CHANGHONG, 1));
		Api.Response created = api.post(BASE + "/" + grid + "/roster",
				Map.of("username", "wgy-it-roster", "workerName", "韩晓东", "phone", "13912345678"), "changhong");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("phone").asString()).isEqualTo("139****5678");
		assertThat(created.json().get("current").asBoolean()).isTrue();
		String stored = jdbc.sql("select phone_enc from urban.grid_roster where username = 'wgy-it-roster'")
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("13912345678");

		assertThat(api.post(BASE + "/" + grid + "/roster", Map.of("username", "wgy-it-roster", "workerName", "韩晓东"),
				"changhong").status()).as("already on the grid").isEqualTo(409);
		Api.Response bad = api.post(BASE + "/" + grid + "/roster", Map.of("username", "wgy-it-2", "phone", "12345"), "changhong");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("workerName", "phone");
		assertThat(api.post(BASE + "/" + grid + "/roster", Map.of("username", "x", "workerName", "赵六"), "gulou").status())
			.as("another street").isEqualTo(403);
		assertThat(api.post(BASE + "/" + grid + "/roster", Map.of("username", "x", "workerName", "赵六"), "guangminglu")
			.status()).as("a grid worker does not assign grids").isEqualTo(403);

		JsonNode roster = api.get(BASE + "/" + grid + "/roster", "changhong").json();
		assertThat(roster.valueStream().map(r -> r.get("workerName").asString())).contains("韩晓东");
		long id = roster.valueStream().filter(r -> r.get("username").asString().equals("wgy-it-roster")).findFirst()
			.orElseThrow().get("id").asLong();
		JsonNode ended = api.post(BASE + "/roster/" + id + "/end", Map.of(), "changhong").json();
		assertThat(ended.get("endsOn").asString()).isEqualTo(today().toString());

		// The demo's grid worker is on every grid of 光明路社区.
		assertThat(api.get(BASE + "/mine", "guangminglu").json().valueStream().map(JsonNode::asString))
			.contains(firstGrid(GUANGMINGLU));
	}

	@Test
	void theLedgerIsReadOnlyWithinTheGridsChainAndEveryReadIsAudited() {
		String grid = firstGrid(GUANGMINGLU);
		JsonNode households = api.get(BASE + "/" + grid + "/households", "guangminglu").json();
		assertThat(households.size()).as("the demo's ledger").isPositive();
		assertThat(households.get(0).get("headName").asString()).contains("*");
		assertThat(households.get(0).get("headIdNumber").asString()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
		assertThat(api.get(BASE + "/" + grid + "/households", "changhong").status()).as("its street").isEqualTo(200);
		assertThat(api.get(BASE + "/" + grid + "/households", "gulou").status()).as("a sibling street").isEqualTo(403);
		String otherGrid = firstGrid(community(CHANGHONG, 2));
		assertThat(api.get(BASE + "/" + otherGrid + "/persons", "guangminglu").status())
			.as("a grid worker of another grid").isEqualTo(403);
		assertThat(api.get(BASE + "/" + grid + "/persons", "leader").status()).as("no GRID_LEDGER_VIEW").isEqualTo(403);

		// A key person recorded by the grid's worker: encrypted at rest, masked when read, the read audited.
		Api.Response added = api.post(BASE + "/" + grid + "/persons", Map.of("kind", "ELDERLY_ALONE", "name", "宋玉兰",
				"phone", "13622223333", "idNumber", "120104193805120026", "birthYear", 1938, "householdId",
				households.get(0).get("id").asLong()), "guangminglu");
		assertThat(added.status()).isEqualTo(201);
		long person = added.json().get("id").asLong();
		assertThat(added.json().get("name").asString()).isEqualTo("宋**");
		Map<String, Object> stored = jdbc.sql("select name_enc, phone_enc, id_number_enc from urban.grid_person where id = :id")
			.param("id", person)
			.query()
			.singleRow();
		assertThat(stored.values().toString()).doesNotContain("宋玉兰", "13622223333", "120104193805120026");

		long before = audits("guangminglu", "grid-person:" + person);
		JsonNode read = api.get(BASE + "/ledger/persons/" + person, "guangminglu").json();
		assertThat(read.get("phone").asString()).isEqualTo("136****3333");
		assertThat(read.get("kindLabel").asString()).isEqualTo("独居老人");
		assertThat(audits("guangminglu", "grid-person:" + person)).isEqualTo(before + 1);
		assertThat(api.get(BASE + "/ledger/persons/" + person, "changhong").status()).isEqualTo(200);
		assertThat(audits("changhong", "grid-person:" + person)).isEqualTo(1);
		assertThat(api.get(BASE + "/ledger/persons/" + person, "gulou").status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from identity.audit_event where actor = 'gulou' and target = :t and outcome = 'DENIED'")
			.param("t", "grid-person:" + person)
			.query(Long.class)
			.single()).as("the refused read is on record too").isEqualTo(1);
		assertThat(api.get(BASE + "/ledger/persons/" + person + "/personal?field=phone", "guangminglu").status())
			.as("clear values need PERSONAL_DATA_UNMASK").isEqualTo(403);

		Api.Response bad = api.post(BASE + "/" + grid + "/households", Map.of("room", "1门101", "members", 2, "tenure", "LEASED",
				"headIdNumber", "1234"), "guangminglu");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).contains("buildingId", "headName", "headIdNumber", "tenure");
	}

	@Test
	void aVisitBecomesALinkedCaseInOneStepOrNothingIsWritten() {
		String grid = firstGrid(GUANGMINGLU);
		long person = api.get(BASE + "/" + grid + "/persons", "guangminglu").json().get(0).get("id").asLong();
		long visitsBefore = visitCount(grid);

		Map<String, Object> wrong = new HashMap<>(Map.of("targetKind", "PERSON", "targetId", person, "finding", "老人家中燃气软管老化开裂",
				"problem", true, "openCase", Map.of("description", "燃气软管老化开裂，需燃气公司上门更换", "urgency", "SOON")));
		Api.Response refused = api.post(BASE + "/visits", wrong, "guangminglu");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("openCase.urgency");
		assertThat(visitCount(grid)).as("nothing half-written").isEqualTo(visitsBefore);

		wrong.put("openCase", Map.of("description", "光明路独居老人家中燃气软管老化开裂，需燃气公司上门更换", "urgency", "UTILITIES"));
		Api.Response done = api.post(BASE + "/visits", wrong, "guangminglu");
		assertThat(done.status()).isEqualTo(201);
		JsonNode visit = done.json();
		long caseId = visit.get("caseId").asLong();
		assertThat(visit.get("state").asString()).isEqualTo("DONE");
		assertThat(visit.get("caseRef").asString()).isNotBlank();

		JsonNode kase = api.get("/api/v1/cases/" + caseId, "guangminglu").json();
		assertThat(kase.get("channel").get("code").asString()).isEqualTo("GRID_PATROL");
		assertThat(kase.get("description").asString()).contains("网格员走访发现", "燃气软管老化开裂");
		assertThat(kase.get("description").asString()).as("the person stays masked").doesNotContain("独居老人 " + "宋玉兰");
		assertThat(links.of("case", caseId)).singleElement()
			.satisfies(l -> assertThat(l.other().loop()).isEqualTo("grid-visit"))
			.satisfies(l -> assertThat(l.label()).isEqualTo("来源：网格走访"));
		JsonNode detail = api.get(BASE + "/visits/" + visit.get("id").asLong(), "guangminglu").json();
		assertThat(detail.get("links").get(0).get("other").get("itemRef").asString()).isEqualTo(visit.get("caseRef").asString());
		assertThat(api.post(BASE + "/visits/" + visit.get("id").asLong() + "/case", Map.of("description", "再转一次"), "guangminglu")
			.status()).as("one case per visit").isEqualTo(409);
		assertThat(api.post(BASE + "/visits", Map.of("targetKind", "PERSON", "targetId", person, "finding", "路过"), "gulou")
			.status()).isEqualTo(403);
	}

	@Test
	void coverageCountsVisitedHouseholdsAndPlannedVisitsDoneOnTime() {
		String community = community(CHANGHONG, 4);
		String grid = firstGrid(community);
		assertThat(api.post(BASE + "/" + grid + "/roster", Map.of("username", "guangminglu", "workerName", "刘洋"), "changhong")
			.status()).isEqualTo(201);
		long building = api.post(BASE + "/" + grid + "/buildings", Map.of("address", "复康路88号试验里3号楼", "floors", 6),
				"guangminglu").json().get("id").asLong();
		long[] homes = new long[4];
		String[] tenures = { "OWNED", "OWNED", "RENTED", "VACANT" };
		for (int i = 0; i < 4; i++) {
			Api.Response h = api.post(BASE + "/" + grid + "/households", Map.of("buildingId", building, "room", "1门" + (i + 1) + "01",
					"headName", "测试户" + i, "members", i == 3 ? 0 : 2, "tenure", tenures[i]), "guangminglu");
			assertThat(h.status()).isEqualTo(201);
			homes[i] = h.json().get("id").asLong();
		}
		// Two households visited this month, one of them twice; a plan done on time, another still open.
		for (long home : new long[] { homes[0], homes[0], homes[2] }) {
			assertThat(api.post(BASE + "/visits", Map.of("targetKind", "HOUSEHOLD", "targetId", home, "finding", "入户核对信息"),
					"guangminglu").status()).isEqualTo(201);
		}
		LocalDate today = today();
		long plan = api.post(BASE + "/visits/plans", Map.of("targetKind", "HOUSEHOLD", "targetId", homes[1], "dueOn",
				today.toString(), "purpose", "入户核查"), "guangminglu").json().get("id").asLong();
		api.post(BASE + "/visits/plans", Map.of("targetKind", "HOUSEHOLD", "targetId", homes[2], "dueOn", today.toString()),
				"guangminglu");
		assertThat(api.post(BASE + "/visits/plans", Map.of("targetKind", "HOUSEHOLD", "targetId", homes[2], "dueOn",
				today.minusDays(1).toString()), "guangminglu").status()).as("no plan in the past").isEqualTo(400);
		assertThat(api.get(BASE + "/visits/today", "guangminglu").json().valueStream()
			.anyMatch(v -> v.get("id").asLong() == plan)).isTrue();
		assertThat(api.post(BASE + "/visits", Map.of("planId", plan, "finding", "已核对，无变化"), "guangminglu").status())
			.isEqualTo(201);

		String month = YearMonth.from(today).toString();
		JsonNode report = api.get(BASE + "/coverage?month=" + month + "&parent=" + community, "changhong").json();
		JsonNode row = report.get("rows").valueStream().filter(r -> r.get("code").asString().equals(grid)).findFirst().orElseThrow();
		assertThat(row.get("households").asInt()).as("the vacant home is not counted").isEqualTo(3);
		assertThat(row.get("visited").asInt()).isEqualTo(3);
		assertThat(row.get("coverage").asDouble()).isEqualTo(100.0);
		assertThat(row.get("planned").asInt()).isEqualTo(2);
		assertThat(row.get("onTime").asInt()).isEqualTo(1);
		assertThat(row.get("onTimeRate").asDouble()).isEqualTo(50.0);
		assertThat(row.get("visits").asInt()).isEqualTo(4);

		JsonNode street = api.get(BASE + "/coverage?month=" + month + "&parent=" + CHANGHONG, "changhong").json();
		assertThat(street.get("rows").valueStream().map(r -> r.get("code").asString())).contains(community, GUANGMINGLU);
		assertThat(api.get(BASE + "/coverage?month=" + month + "&parent=" + CHANGHONG, "gulou").status()).isEqualTo(403);
		assertThat(api.get(BASE + "/coverage?month=2026-13", "changhong").status()).isEqualTo(400);
		JsonNode district = api.get(BASE + "/coverage?month=" + month, "changhong").json();
		assertThat(district.get("rows").valueStream().map(r -> r.get("code").asString())).containsExactly(CHANGHONG);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	/** The n-th community (in code order) of a street. */
	private String community(String street, int n) {
		return jdbc.sql("select code from org.unit where level = 'COMMUNITY' and parent_code = :s and active order by code offset :n limit 1")
			.param("s", street)
			.param("n", n - 1)
			.query(String.class)
			.single();
	}

	private String firstGrid(String community) {
		return jdbc.sql("select code from org.unit where level = 'GRID' and parent_code = :c and active order by code limit 1")
			.param("c", community)
			.query(String.class)
			.single();
	}

	private long audits(String actor, String target) {
		return jdbc.sql("""
				select count(*) from identity.audit_event where actor = :a and target = :t
				  and action = 'urban.grid-ledger.viewed' and outcome = 'SUCCESS'""")
			.param("a", actor)
			.param("t", target)
			.query(Long.class)
			.single();
	}

	private long visitCount(String grid) {
		return jdbc.sql("select count(*) from urban.grid_visit where grid_code = :g").param("g", grid).query(Long.class).single();
	}

	private static List<String> fields(Api.Response r) {
		return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).distinct().toList();
	}

	/**
	 * Found by the fuzzing test: the day's visits and the ledgers' lists read their rows as a stream that was never
	 * closed, so each call kept one of the pool's connections; after ten the platform stopped answering.
	 */
	@Test
	void aGridWorkersDayOfCallsKeepsNoConnection() {
		String grid = firstGrid(GUANGMINGLU);
		for (int i = 0; i < 25; i++) {
			assertThat(api.get(BASE + "/visits/today", "guangminglu").status()).as("call %d", i).isEqualTo(200);
			assertThat(api.get(BASE + "/" + grid + "/households", "guangminglu").status()).as("call %d", i).isEqualTo(200);
		}
	}
}
