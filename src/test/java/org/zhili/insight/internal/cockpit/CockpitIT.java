package org.zhili.insight.internal.cockpit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The cockpit's figures on the demo district against direct counts of the cases, and who may read them. */
@ZhiliIntegrationTest
class CockpitIT {

	private static final String CHANGHONG = "120104001000";
	/** 待回复督办 as its definition reads: issued by the end, not answered, escalated or ended by then. */
	private static final String OPEN_AT_END = """
			s.issued_at < :end and (s.replied_at is null or s.replied_at >= :end)
			  and (s.ended_at is null or s.ended_at >= :end)
			  and (s.state = 'OPEN' or coalesce(s.replied_at, s.ended_at) is not null)""";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private long casesRegistered(LocalDate from, LocalDate to, String where, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("from", ChinaTime.start(from));
		all.put("to", ChinaTime.start(to.plusDays(1)));
		return jdbc.sql("select count(*) from cases.case_record where registered_at >= :from and registered_at < :to" + where)
			.params(all)
			.query(Long.class)
			.single();
	}

	@Test
	void theTilesAndTheHeatEqualTheCasesCountedDirectly() {
		JsonNode s = api.get("/api/v1/cockpit/summary", "leader").json();
		LocalDate from = LocalDate.parse(s.get("from").asString());
		LocalDate today = LocalDate.parse(s.get("to").asString());
		assertThat(s.get("level").asString()).isEqualTo("DISTRICT");
		assertThat(s.get("intake").get("month").asLong()).isEqualTo(casesRegistered(from, today, "", Map.of()));
		assertThat(s.get("intake").get("today").asLong()).isEqualTo(casesRegistered(today, today, "", Map.of()));
		long byChannel = 0;
		for (JsonNode n : s.get("intake").get("channels")) {
			byChannel += n.asLong();
		}
		assertThat(byChannel).isEqualTo(s.get("intake").get("month").asLong());
		assertThat(s.get("streets").size()).isGreaterThan(5);
		assertThat(s.get("departments").size()).isGreaterThan(0);
		long open = jdbc.sql("select count(*) from cases.case_record where state in ('REGISTERED', 'DISPATCHED', 'HANDLING',"
				+ " 'SUSPENDED', 'REPLIED', 'CALLBACK', 'RATED')").query(Long.class).single();
		assertThat(s.get("open").get("open").asLong()).isEqualTo(open);
		assertThat(s.get("open").get("overdue").asLong()).isPositive().isLessThanOrEqualTo(open);
		assertThat(s.get("loops").findValuesAsString("code")).contains("inspection.hazards-rectified", "petitions.concluded",
				"inspection.hazards-open", "petitions.near-limit", "process.supervisions-open", "plans.targets-on-track",
				"inspection.published-on-time");
		// the loops' stocks as they stood at the end of today (other tests' moved clocks leave orders issued and
		// answered later)
		assertThat(loop(s, "process.supervisions-open").get("value").asLong()).isEqualTo(
				jdbc.sql("select count(*) from process.supervision s where " + OPEN_AT_END)
					.param("end", ChinaTime.start(today.plusDays(1))).query(Long.class).single());
		assertThat(loop(s, "petitions.near-limit").get("unit").asString()).isEqualTo("件");
		assertThat(loop(s, "petitions.near-limit").get("value").isNumber()).isTrue();
		assertThat(loop(s, "plans.targets-on-track").get("unit").asString()).isEqualTo("%");

		JsonNode heat = api.get("/api/v1/cockpit/heat", "leader").json();
		assertThat(heat.get("level").asString()).isEqualTo("STREET");
		LocalDate heatFrom = LocalDate.parse(heat.get("from").asString());
		JsonNode changhong = cell(heat, CHANGHONG);
		assertThat(changhong.get("received").asLong())
			.isEqualTo(casesRegistered(heatFrom, today, " and street_code = :street", Map.of("street", CHANGHONG)));
		assertThat(changhong.get("link").asString()).isEqualTo("/cockpit?street=" + CHANGHONG);

		JsonNode communities = api.get("/api/v1/cockpit/heat?street=" + CHANGHONG, "leader").json();
		assertThat(communities.get("level").asString()).isEqualTo("COMMUNITY");
		long inCommunities = 0;
		for (JsonNode c : communities.get("cells")) {
			inCommunities += c.get("received").asLong();
			assertThat(c.get("link").asString()).startsWith("/cockpit?street=" + CHANGHONG + "&community=");
		}
		assertThat(inCommunities).isEqualTo(casesRegistered(heatFrom, today,
				" and street_code = :street and community_code is not null", Map.of("street", CHANGHONG)));

		JsonNode trends = api.get("/api/v1/cockpit/trends", "leader").json();
		assertThat(trends.get("months").size()).isEqualTo(13);
		JsonNode thisMonth = trends.get("months").get(12);
		assertThat(thisMonth.get("received").asLong()).isEqualTo(s.get("intake").get("month").asLong());

		JsonNode rising = api.get("/api/v1/cockpit/rising?limit=5", "leader").json();
		assertThat(rising.get("categories").size()).isLessThanOrEqualTo(5);
		for (JsonNode c : rising.get("categories")) {
			assertThat(c.get("received").asLong()).isGreaterThan(c.get("before").asLong());
			assertThat(c.get("path").asString()).isNotBlank();
		}
	}

	@Test
	void aStreetsLoopsAreCountedInTheStreetAndSayWhereTheyCannotBe() {
		JsonNode district = api.get("/api/v1/cockpit/summary", "leader").json();
		JsonNode street = api.get("/api/v1/cockpit/summary?street=" + CHANGHONG, "leader").json();
		String streetName = street.get("name").asString();
		String openHazards = """
				select count(*) from inspection.hazard h join inspection.hazard_site s on s.id = h.site_id
				  left join inspection.rectification r on r.id = h.rectification_id
				where not h.fixed_on_spot and coalesce(r.state, '') <> 'CLOSED' and h.found_at < :end""";
		java.sql.Timestamp end = ChinaTime.start(LocalDate.parse(street.get("to").asString()).plusDays(1));
		assertThat(loop(street, "inspection.hazards-open").get("counted").asString()).isEqualTo(streetName);
		assertThat(loop(street, "inspection.hazards-open").get("value").asLong()).isEqualTo(
				jdbc.sql(openHazards + " and s.street_code = :street").param("street", CHANGHONG).param("end", end)
					.query(Long.class).single());
		// the streets' stocks add up to the district's, less what no street holds
		long streets = 0;
		for (JsonNode row : district.get("streets")) {
			streets += loop(api.get("/api/v1/cockpit/summary?street=" + row.get("code").asString(), "leader").json(),
					"inspection.hazards-open").get("value").asLong();
		}
		long districtOpen = loop(district, "inspection.hazards-open").get("value").asLong();
		assertThat(districtOpen).isPositive();
		assertThat(streets).isEqualTo(districtOpen
				- jdbc.sql(openHazards + " and s.street_code is null").param("end", end).query(Long.class).single());
		assertThat(loop(street, "process.supervisions-open").get("value").asLong()).isEqualTo(jdbc.sql(
				"select count(*) from process.supervision s join org.unit u on u.code = s.unit_code where " + OPEN_AT_END
						+ " and u.path like (select path from org.unit where code = :street) || '%'")
			.param("street", CHANGHONG).param("end", end)
			.query(Long.class).single());
		// a plan's targets are the district's: the street's cockpit shows them as such
		assertThat(loop(street, "plans.targets-on-track").get("counted").asString()).isEqualTo(district.get("name").asString());
		assertThat(loop(street, "plans.targets-on-track").get("value")).isEqualTo(loop(district, "plans.targets-on-track").get("value"));

		// a community's petitions are counted in its street: petitions record the street only
		String community = api.get("/api/v1/cockpit/heat?street=" + CHANGHONG, "leader").json().get("cells").get(0)
			.get("code").asString();
		JsonNode inCommunity = api.get("/api/v1/cockpit/summary?street=" + CHANGHONG + "&community=" + community, "leader")
			.json();
		assertThat(loop(inCommunity, "petitions.concluded").get("counted").asString()).isEqualTo(streetName);
		assertThat(loop(inCommunity, "inspection.hazards-open").get("counted").asString())
			.isEqualTo(inCommunity.get("name").asString());
		assertThat(api.get("/cockpit?street=" + CHANGHONG + "&community=" + community, "leader").body())
			.contains("loop-counted\">" + streetName);
	}

	@Test
	void aNewCaseMovesTheIntakeTileAndItsGridsHeat() {
		double[] point = new CasesThroughApi(api).pointIn("GRID", null);
		JsonNode located = api.get("/api/v1/org/locate?lng=" + point[0] + "&lat=" + point[1], "leader").json();
		String street = located.get("street").get("code").asString();
		String community = located.get("community").get("code").asString();
		String grid = located.get("grid").get("code").asString();
		JsonNode before = api.get("/api/v1/cockpit/summary", "leader").json();
		JsonNode gridsBefore = api.get("/api/v1/cockpit/heat?community=" + community, "leader").json();

		JsonNode kase = new CasesThroughApi(api).register(Map.of("type", "HELP", "description", "小区路灯不亮，夜间出行不便",
				"requester", Map.of("phone", "13600008888"), "location", Map.of("lng", point[0], "lat", point[1])));
		assertThat(kase.get("territory").get("grid").get("code").asString()).isEqualTo(grid);

		JsonNode after = api.get("/api/v1/cockpit/summary", "leader").json();
		assertThat(after.get("intake").get("today").asLong()).isEqualTo(before.get("intake").get("today").asLong() + 1);
		assertThat(after.get("intake").get("month").asLong()).isEqualTo(before.get("intake").get("month").asLong() + 1);
		assertThat(after.get("fingerprint").asString()).isNotEqualTo(before.get("fingerprint").asString());

		JsonNode grids = api.get("/api/v1/cockpit/heat?street=" + street + "&community=" + community, "leader").json();
		assertThat(grids.get("level").asString()).isEqualTo("GRID");
		JsonNode cell = cell(grids, grid);
		assertThat(cell.get("received").asLong()).isEqualTo(cell(gridsBefore, grid).get("received").asLong() + 1);
		assertThat(cell.get("received").asLong()).isEqualTo(
				jdbc.sql("select count(*) from cases.case_record where grid_code = :grid and registered_at >= :from")
					.param("grid", grid)
					.param("from", ChinaTime.start(LocalDate.parse(grids.get("from").asString())))
					.query(Long.class)
					.single());
		// the grid's cell leads to its cases, the new one among them
		assertThat(cell.get("link").asString()).startsWith("/cases?place=" + grid);
		JsonNode list = api.get("/api/v1/cases?place=" + grid + "&size=200", "leader").json();
		assertThat(list.get("items").findValuesAsString("trackingNumber")).contains(kase.get("trackingNumber").asString());
		JsonNode community1 = api.get("/api/v1/cockpit/summary?community=" + community, "leader").json();
		assertThat(community1.get("trail").size()).isEqualTo(3);
		assertThat(community1.get("open").get("open").asLong()).isPositive();
	}

	@Test
	void aStreetAccountSeesItsOwnStreetOnly() {
		JsonNode own = api.get("/api/v1/cockpit/summary", "changhong").json();
		assertThat(own.get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(own.get("streets").size()).isZero();
		assertThat(api.get("/api/v1/cockpit/summary?street=" + CHANGHONG, "changhong").status()).isEqualTo(200);
		String other = api.get("/api/v1/cockpit/heat", "leader").json().get("cells").findValuesAsString("code").stream()
			.filter(c -> !c.equals(CHANGHONG))
			.findFirst()
			.orElseThrow();
		Api.Response forbidden = api.get("/api/v1/cockpit/heat?street=" + other, "changhong");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.json().get("code").asString()).isEqualTo("out_of_scope");
		assertThat(api.get("/cockpit?street=" + other, "changhong").status()).isEqualTo(403);
		// a department's account sees the district with its own row only, and cannot drill into a street
		JsonNode department = api.get("/api/v1/cockpit/summary", "chengguan").json();
		assertThat(department.get("level").asString()).isEqualTo("DISTRICT");
		assertThat(department.get("streets").size()).isZero();
		assertThat(department.get("departments").size()).isLessThanOrEqualTo(1);
		assertThat(api.get("/api/v1/cockpit/summary?street=" + CHANGHONG, "chengguan").status()).isEqualTo(403);
		// an account without the statistics (a grid worker) has no cockpit
		assertThat(api.get("/api/v1/cockpit/summary", "guangminglu").status()).isEqualTo(403);
	}

	@Test
	void badParametersAreRejectedNamingThem() {
		assertField(api.get("/api/v1/cockpit/summary?street=abc", "leader"), "street");
		assertField(api.get("/api/v1/cockpit/summary?street=120104999000", "leader"), "street");
		assertField(api.get("/api/v1/cockpit/heat?community=12010400100", "leader"), "community");
		String otherStreet = api.get("/api/v1/cockpit/heat", "leader").json().get("cells").get(1).get("code").asString();
		String community = api.get("/api/v1/cockpit/heat?street=" + CHANGHONG, "leader").json().get("cells").get(0)
			.get("code").asString();
		assertField(api.get("/api/v1/cockpit/trends?street=" + otherStreet + "&community=" + community, "leader"), "community");
		assertField(api.get("/api/v1/cockpit/rising?limit=0", "leader"), "limit");
	}

	private static void assertField(Api.Response r, String field) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static JsonNode cell(JsonNode heat, String code) {
		for (JsonNode c : heat.get("cells")) {
			if (c.get("code").asString().equals(code)) {
				return c;
			}
		}
		throw new AssertionError("no cell " + code + " in " + heat);
	}

	private static JsonNode loop(JsonNode summary, String code) {
		for (JsonNode l : summary.get("loops")) {
			if (l.get("code").asString().equals(code)) {
				return l;
			}
		}
		throw new AssertionError("no tile " + code);
	}
}
