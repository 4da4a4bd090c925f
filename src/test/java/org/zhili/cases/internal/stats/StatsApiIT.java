package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.internal.CaseLifecycleIT;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 三率 on the real application: a handful of cases driven through the API in February 2022 (a month no
 * other test touches, and in the past: while the clock is there no other case's timer goes off, and nothing
 * written then is dated after the other tests' records), then the statistics show exactly their counts and rates, each figure's case list holds
 * exactly the cases behind it, accounts see their own scope, and bad parameters get a 400 naming the field.
 */
@ZhiliIntegrationTest
class StatsApiIT {

	static final String CHANGHONG = "120104001000";
	static final String GULOU = "120104002000";
	static final String CHENGGUAN = "120104CGW";
	static final String FEBRUARY = "from=2022-02-01&to=2022-02-28";
	/** Monday 14 February 2022, 10:00 Beijing time. */
	static final Instant MONDAY = Instant.parse("2022-02-14T02:00:00Z");

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	/** The scenario's cases by letter, created once for all tests of this class. */
	static Map<String, Long> cases;

	@BeforeEach
	void driveTheCasesOnce() {
		if (cases != null) {
			return;
		}
		cases = new HashMap<>();
		clock.setTo(MONDAY);
		moved.clear();
		// A: the whole loop, satisfied
		long a = located("A");
		step(a, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(a, "accept", Map.of(), "changhong");
		step(a, "reply", Map.of("result", "SOLVED", "note", "已修复"), "changhong");
		step(a, "review", Map.of("approved", true), "dispatcher");
		step(a, "callback", Map.of("reached", true, "solved", true, "satisfaction", "SATISFIED"), "operator");
		step(a, "close", Map.of(), "dispatcher");
		// B: sent back once (返工), then basically satisfied; E is merged into it as a duplicate
		long b = located("B");
		step(b, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(b, "accept", Map.of(), "changhong");
		step(b, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong");
		step(b, "review", Map.of("approved", false, "note", "答复不完整"), "dispatcher");
		step(b, "reply", Map.of("result", "SOLVED", "note", "已处理，附现场照片"), "changhong");
		step(b, "review", Map.of("approved", true), "dispatcher");
		step(b, "callback", Map.of("reached", true, "solved", true, "satisfaction", "BASICALLY_SATISFIED"), "operator");
		long e = located("E");
		step(e, "merge", Map.of("masterCaseId", b, "note", "同一问题"), "dispatcher");
		step(b, "close", Map.of(), "dispatcher");
		// D: returned by 长虹 (not theirs), re-routed to 鼓楼, which accepts
		long d = located("D");
		step(d, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(d, "return", Map.of("note", "不属于本街道"), "changhong");
		step(d, "approve", Map.of(), "dispatcher");
		step(d, "dispatch", Map.of("unitCode", GULOU), "dispatcher");
		step(d, "accept", Map.of(), "gulou");
		// F: the requester never answers the follow-up calls (未评价)
		long f = located("F");
		step(f, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(f, "accept", Map.of(), "changhong");
		step(f, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong");
		step(f, "review", Map.of("approved", true), "dispatcher");
		for (int i = 0; i < 3; i++) {
			step(f, "callback", Map.of("reached", false), "operator");
		}
		step(f, "close", Map.of(), "dispatcher");
		// H: no location, dispatched to 城管委 and supervised (督办)
		long h = create("H", null);
		step(h, "dispatch", Map.of("unitCode", CHENGGUAN), "dispatcher");
		step(h, "supervise", Map.of("level", "NORMAL", "note", "请加快办理"), "supervisor");
		// C: accepted late on Thursday, not solved, re-dispatched to 长虹 (a second round), accepted at once
		long c = located("C");
		step(c, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		clock.advance(Duration.ofDays(3));
		moved.clear(); // tokens live 8 hours
		step(c, "accept", Map.of(), "changhong");
		step(c, "reply", Map.of("result", "PARTLY_SOLVED", "note", "部分解决"), "changhong");
		step(c, "review", Map.of("approved", true), "dispatcher");
		step(c, "callback", Map.of("reached", true, "solved", false, "satisfaction", "BASICALLY_SATISFIED"), "operator");
		step(c, "redispatch", Map.of(), "dispatcher");
		step(c, "accept", Map.of(), "changhong");
		// Every test reads the figures at the real time, where the tests after the first start anyway.
		clock.reset();
		moved.clear();
	}

	@Test
	void theStreetRowHoldsExactlyTheCountsAndRatesOfItsCases() {
		JsonNode report = ok(api.get("/api/v1/stats/three-rates?level=STREET&" + FEBRUARY, "dispatcher"));

		assertThat(report.get("rows").size()).as("all 12 streets, with or without cases").isEqualTo(12);
		JsonNode changhong = row(report, CHANGHONG);
		assertThat(counts(changhong)).containsAllEntriesOf(changhongCounts());
		JsonNode rates = changhong.get("rates");
		assertThat(rate(rates, "response")).isEqualByComparingTo("66.67"); // 4 on time / 6 dispatches
		assertThat(rate(rates, "resolution")).isEqualByComparingTo("66.67"); // 2 solved / 3 rated
		assertThat(rate(rates, "satisfaction")).isEqualByComparingTo("100.00"); // (1 + 2 basically) / 3
		assertThat(rate(rates, "onTime")).isEqualByComparingTo("100.00");
		assertThat(rate(rates, "returns")).isEqualByComparingTo("16.67"); // 1 / 6
		assertThat(rate(rates, "rework")).isEqualByComparingTo("20.00"); // 1 / (4 + 1)
		assertThat(rate(rates, "duplicates")).isEqualByComparingTo("16.67"); // 1 / 6 received
		// 10% × 66.67 + 50% × 66.67 + 40% × 100
		assertThat(rate(rates, "composite")).isEqualByComparingTo("80.00");
		assertThat(report.get("weighing").get("resolution").decimalValue()).isEqualByComparingTo("0.5");

		JsonNode gulou = row(report, GULOU);
		assertThat(gulou.get("counts").get("dispatched").asLong()).isEqualTo(1);
		assertThat(gulou.get("counts").get("acceptedOnTime").asLong()).isEqualTo(1);
		assertThat(rate(gulou.get("rates"), "response")).isEqualByComparingTo("100.00");
		assertThat(gulou.get("rates").get("composite").isNull()).as("nothing rated: no composite").isTrue();
		assertThat(row(report, "120104003000").get("counts").get("received").asLong()).isZero();

		// the district total is the whole district, including H registered without a location
		JsonNode total = report.get("total").get("counts");
		assertThat(total.get("received").asLong()).isEqualTo(7);
		assertThat(total.get("dispatched").asLong()).isEqualTo(8);
		assertThat(total.get("supervised").asLong()).isEqualTo(1);

		JsonNode departments = ok(api.get("/api/v1/stats/three-rates?level=department&" + FEBRUARY, "dispatcher"));
		JsonNode cgw = row(departments, CHENGGUAN);
		assertThat(cgw.get("counts").get("dispatched").asLong()).isEqualTo(1);
		assertThat(cgw.get("counts").get("supervised").asLong()).isEqualTo(1);
		assertThat(departments.get("rows").size()).as("the line departments").isGreaterThanOrEqualTo(26);
	}

	@Test
	void periodsCountTheEventsOfTheirDays() {
		JsonNode month = ok(api.get("/api/v1/stats/three-rates?period=month&date=2022-02-20", "dispatcher"));
		JsonNode week = ok(api.get("/api/v1/stats/three-rates?period=week&date=2022-02-16", "dispatcher"));
		assertThat(month.get("period").get("from").asString()).isEqualTo("2022-02-01");
		assertThat(week.get("period").get("from").asString()).isEqualTo("2022-02-14");
		assertThat(week.get("period").get("to").asString()).isEqualTo("2022-02-20");
		assertThat(counts(row(week, CHANGHONG))).isEqualTo(counts(row(month, CHANGHONG)));

		JsonNode monday = ok(api.get("/api/v1/stats/three-rates?period=day&date=2022-02-14", "dispatcher"));
		JsonNode thursday = ok(api.get("/api/v1/stats/three-rates?period=day&date=2022-02-17", "dispatcher"));
		assertThat(row(monday, CHANGHONG).get("counts").get("dispatched").asLong()).isEqualTo(5);
		assertThat(row(thursday, CHANGHONG).get("counts").get("dispatched").asLong()).as("C's second round").isEqualTo(1);
		// An acceptance counts on the day of the dispatch it answers: C's late one on Monday, its second on Thursday.
		assertThat(row(thursday, CHANGHONG).get("counts").get("accepted").asLong()).isEqualTo(1);
		assertThat(row(thursday, CHANGHONG).get("counts").get("acceptedOnTime").asLong()).as("at once").isEqualTo(1);
		assertThat(row(monday, CHANGHONG).get("counts").get("accepted").asLong()).as("A, B, C (late), F").isEqualTo(4);
		assertThat(row(monday, CHANGHONG).get("counts").get("acceptedOnTime").asLong()).isEqualTo(3);
		assertThat(rate(row(thursday, CHANGHONG).get("rates"), "response")).isEqualByComparingTo("100.00");

		JsonNode series = ok(api.get("/api/v1/stats/series?granularity=day&from=2022-02-14&to=2022-02-17", "dispatcher"));
		List<Long> daily = new ArrayList<>();
		series.get("points").forEach(p -> daily.add(row(p, CHANGHONG).get("counts").get("dispatched").asLong()));
		assertThat(daily).containsExactly(5L, 0L, 0L, 1L);
	}

	@Test
	void everyFigureListsExactlyTheCasesBehindIt() {
		JsonNode changhong = row(ok(api.get("/api/v1/stats/three-rates?" + FEBRUARY, "dispatcher")), CHANGHONG);
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		expected.put("received", Set.of("A", "B", "C", "D", "E", "F"));
		expected.put("directAnswered", Set.of());
		expected.put("dispatched", Set.of("A", "B", "C", "D", "F"));
		expected.put("accepted", Set.of("A", "B", "C", "F"));
		expected.put("acceptedOnTime", Set.of("A", "B", "C", "F"));
		expected.put("returned", Set.of("D"));
		expected.put("replied", Set.of("A", "B", "C", "F"));
		expected.put("repliedOnTime", Set.of("A", "B", "C", "F"));
		expected.put("reworked", Set.of("B"));
		expected.put("rated", Set.of("A", "B", "C"));
		expected.put("solved", Set.of("A", "B"));
		expected.put("satisfied", Set.of("A"));
		expected.put("basicallySatisfied", Set.of("B", "C"));
		expected.put("unsatisfied", Set.of());
		expected.put("unrated", Set.of("F"));
		expected.put("closed", Set.of("A", "B", "F"));
		expected.put("closedOnTime", Set.of("A", "B", "F"));
		expected.put("duplicates", Set.of("E"));
		expected.put("supervised", Set.of());
		JsonNode links = changhong.get("cases");
		assertThat(names(links)).containsExactlyInAnyOrderElementsOf(expected.keySet());

		Map<String, Long> figures = counts(changhong);
		for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
			String link = links.get(e.getKey()).asString();
			assertThat(link).startsWith("/cases?event=").contains("eventUnit=" + CHANGHONG);
			assertThat(listed(link, "dispatcher")).as(e.getKey() + ": " + link).isEqualTo(e.getValue());
			// A figure counts events, and its list says how many it counted on the cases listed.
			assertThat(countedEvents(link, "dispatcher")).as(e.getKey()).isEqualTo(figures.get(e.getKey()));
		}
		// C was dispatched and accepted twice (two rounds): one case behind two events
		assertThat(countedEvents(links.get("dispatched").asString(), "dispatcher")).isEqualTo(6);
		assertThat(listed(links.get("dispatched").asString(), "dispatcher")).hasSize(5);

		// the district's figures list every unit's cases
		JsonNode total = ok(api.get("/api/v1/stats/three-rates?" + FEBRUARY, "dispatcher")).get("total");
		assertThat(listed(total.get("cases").get("dispatched").asString(), "dispatcher"))
			.containsExactlyInAnyOrder("A", "B", "C", "D", "F", "H");
		assertThat(countedEvents(total.get("cases").get("dispatched").asString(), "dispatcher"))
			.isEqualTo(total.get("counts").get("dispatched").asLong());
		assertThat(listed(total.get("cases").get("received").asString(), "dispatcher")).hasSize(7);
		assertThat(api.get("/api/v1/cases?size=1", "dispatcher").json().get("countedEvents").isNull())
			.as("no statistics criterion, no count of events").isTrue();
	}

	@Test
	void theCountingOfEveryCounterIsTheCountingOfTheCaseLists() {
		// For every counter, unit and day of the whole database: the live counters equal the events the case
		// list's filter selects (CountedEvents), so a figure and its list always speak of the same events.
		for (Counter counter : Counter.values()) {
			String unit = CountedEvents.unit(counter);
			String measure = counter == Counter.HANDLING_SECONDS ? "sum((e.detail ->> 'handlingSeconds')::bigint)" : "count(*)";
			Map<String, Long> byEvents = new TreeMap<>();
			jdbc.sql("select " + unit + " as unit, " + CountedEvents.day(counter) + " as day, " + measure
					+ " as n from cases.case_event e where " + CountedEvents.condition(counter) + " and " + unit
					+ " is not null group by 1, 2")
				.query(rs -> {
					if (rs.getLong("n") != 0) {
						byEvents.put(rs.getString("unit") + "@" + rs.getDate("day"), rs.getLong("n"));
					}
				});
			Map<String, Long> live = new TreeMap<>();
			jdbc.sql("select unit_code, day, " + counter.column() + " as n from cases.unit_day_stats where "
					+ counter.column() + " <> 0")
				.query(rs -> {
					live.put(rs.getString("unit_code") + "@" + rs.getDate("day"), rs.getLong("n"));
				});
			assertThat(byEvents).as(counter.name()).isEqualTo(live);
		}
	}

	@Test
	void aStreetSeesItsOwnFiguresTheWholeRankingAndOnlyItsCases() {
		JsonNode own = ok(api.get("/api/v1/stats/three-rates?" + FEBRUARY, "changhong"));
		assertThat(own.get("rows").size()).isEqualTo(1);
		assertThat(own.get("rows").get(0).get("unit").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(own.get("total").isNull()).as("no district total for a street").isTrue();
		assertThat(counts(own.get("rows").get(0))).containsAllEntriesOf(changhongCounts());
		assertThat(ok(api.get("/api/v1/stats/three-rates?level=DEPARTMENT&" + FEBRUARY, "changhong")).get("rows")).isEmpty();

		JsonNode gulou = ok(api.get("/api/v1/stats/three-rates?" + FEBRUARY, "gulou"));
		assertThat(gulou.get("rows").size()).isEqualTo(1);
		assertThat(gulou.get("rows").get(0).get("unit").get("code").asString()).isEqualTo(GULOU);
		JsonNode chengguan = ok(api.get("/api/v1/stats/three-rates?level=DEPARTMENT&" + FEBRUARY, "chengguan"));
		assertThat(chengguan.get("rows").size()).isEqualTo(1);
		assertThat(chengguan.get("rows").get(0).get("unit").get("code").asString()).isEqualTo(CHENGGUAN);

		// the ranking is published inside the government: every street, links only for one's own
		JsonNode ranking = ok(api.get("/api/v1/stats/ranking?level=STREET&month=2022-02", "changhong"));
		assertThat(ranking.get("rows").size()).isEqualTo(12);
		JsonNode first = ranking.get("rows").get(0);
		assertThat(first.get("unit").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("composite").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(first.get("cases").get("dispatched").asString()).contains("eventUnit=" + CHANGHONG);
		assertThat(ranking.get("rows").get(1).get("rank").isNull()).as("no other street has anything rated").isTrue();
		ranking.get("rows").forEach(r -> assertThat(r.get("inScope").asBoolean())
			.isEqualTo(r.get("unit").get("code").asString().equals(CHANGHONG)));

		// the case lists behind figures stay scoped by the case services
		String dispatched = "/cases?event=DISPATCHED&eventFrom=2022-02-01&eventTo=2022-02-28";
		assertThat(listed(dispatched, "dispatcher")).containsExactlyInAnyOrder("A", "B", "C", "D", "F", "H");
		assertThat(listed(dispatched, "chengguan")).containsExactly("H");
		assertThat(countedEvents(dispatched, "chengguan")).as("only events on cases one may see").isEqualTo(1);
		assertThat(listed("/cases?event=RECEIVED&eventUnit=" + CHANGHONG + "&eventFrom=2022-02-01&eventTo=2022-02-28",
				"gulou")).as("only the 长虹 case 鼓楼 worked on").containsExactly("D");
	}

	@Test
	void badParametersAreRefusedNamingTheField() {
		assertThat(badField("/api/v1/stats/three-rates?level=CITY")).isEqualTo("level");
		assertThat(badField("/api/v1/stats/three-rates?period=fortnight")).isEqualTo("period");
		assertThat(badField("/api/v1/stats/three-rates?from=2022-02-10&to=2022-02-01")).isEqualTo("to");
		assertThat(badField("/api/v1/stats/three-rates?from=2000-01-01&to=2022-02-01")).isEqualTo("to");
		assertThat(badField("/api/v1/stats/three-rates?from=2022-02-01")).isEqualTo("to");
		assertThat(badField("/api/v1/stats/three-rates?from=yesterday&to=2022-02-01")).isEqualTo("from");
		assertThat(badField("/api/v1/stats/three-rates?period=day&date=2022-02-30")).isEqualTo("date");
		assertThat(badField("/api/v1/stats/three-rates?period=month&from=2022-02-01&to=2022-02-28")).isEqualTo("period");
		assertThat(badField("/api/v1/stats/ranking?month=2022-13")).isEqualTo("month");
		assertThat(badField("/api/v1/stats/ranking?month=1800-01")).isEqualTo("month");
		assertThat(badField("/api/v1/stats/ranking?level=GRID")).isEqualTo("level");
		assertThat(badField("/api/v1/stats/series?granularity=day&from=2026-01-01&to=2027-12-31")).isEqualTo("granularity");
		assertThat(badField("/api/v1/stats/series?granularity=hour")).isEqualTo("granularity");
		assertThat(badField("/api/v1/cases?event=EVERYTHING")).isEqualTo("event");
		assertThat(badField("/api/v1/cases?eventUnit=" + CHANGHONG)).isEqualTo("event");
		assertThat(badField("/api/v1/cases?event=CLOSED&eventFrom=2022-02-10&eventTo=2022-02-01")).isEqualTo("eventTo");
		assertThat(badField("/api/v1/cases?event=CLOSED&eventFrom=02/10/2022")).isEqualTo("eventFrom");
		// the list's query object names what is wrong, as its parameters did
		assertThat(badField("/api/v1/cases?from=yesterday")).isEqualTo("from");
		assertThat(api.get("/api/v1/cases?from=yesterday", "dispatcher").body()).contains("参数 from 的值 'yesterday' 格式不正确");
		assertThat(badField("/api/v1/cases?size=500")).isEqualTo("size");
		assertThat(badField("/api/v1/cases?page=-1")).isEqualTo("page");
		assertThat(badField("/api/v1/cases?state=OPENED")).isEqualTo("state");

		assertThat(api.get("/api/v1/stats/three-rates", "operator").status()).as("operators hold no STATS_VIEW")
			.isEqualTo(403);
		assertThat(api.get("/api/v1/stats/three-rates", null).status()).isEqualTo(401);
	}

	@Test
	void theStatisticsAreInTheOpenApiDocument() {
		JsonNode paths = ok(api.send("GET", "/v3/api-docs", null, null)).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/stats/three-rates", "/api/v1/stats/ranking",
				"/api/v1/stats/series");
		assertThat(paths.get("/api/v1/stats/ranking").get("get").get("tags").get(0).asString()).isEqualTo("三率统计与排名");
		List<String> listParameters = new ArrayList<>();
		paths.get("/api/v1/cases").get("get").get("parameters").forEach(p -> listParameters.add(p.get("name").asString()));
		assertThat(listParameters).contains("event", "eventUnit", "eventFrom", "eventTo");
	}

	// ---- helpers -----------------------------------------------------------------------------------

	/** The counts of 长虹街道 in February 2022 that the scenario implies. */
	static Map<String, Long> changhongCounts() {
		Map<String, Long> c = new LinkedHashMap<>();
		c.put("received", 6L); // A B C D E F
		c.put("directAnswered", 0L);
		c.put("dispatched", 6L); // A B C×2 D F
		c.put("accepted", 5L); // A B C×2 F
		c.put("acceptedOnTime", 4L); // C's first acceptance was late
		c.put("returned", 1L); // D
		c.put("replied", 4L); // A B C F
		c.put("repliedOnTime", 4L);
		c.put("reworked", 1L); // B
		c.put("rated", 3L); // A B C
		c.put("solved", 2L); // A B
		c.put("satisfied", 1L); // A
		c.put("basicallySatisfied", 2L); // B C
		c.put("unsatisfied", 0L);
		c.put("unrated", 1L); // F
		c.put("closed", 3L); // A B F
		c.put("closedOnTime", 3L);
		c.put("duplicates", 1L); // E
		c.put("supervised", 0L);
		return c;
	}

	private long located(String letter) {
		return create(letter, Map.of("lng", CaseLifecycleIT.LNG, "lat", CaseLifecycleIT.LAT));
	}

	private long create(String letter, Map<String, Object> location) {
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01", "description",
				"统计测试工单 " + letter + "：路灯不亮", "requester", Map.of("name", "测试", "phone", "13900000000")));
		if (location != null) {
			body.put("location", location);
		}
		Api.Response r = api.send("POST", "/api/v1/cases", body, movedToken("operator"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().get("id").asLong();
		cases.put(letter, id);
		return id;
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.send("POST", "/api/v1/cases/" + id + "/actions/" + action, input, movedToken(who));
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
	}

	/** Tokens issued at the moved clock (the shared ones were issued at the real time, hours or years away). */
	private static final Map<String, String> moved = new HashMap<>();

	private String movedToken(String username) {
		return moved.computeIfAbsent(username, u -> {
			Api.Response r = api.send("POST", "/api/v1/auth/token",
					Map.of("username", u, "password", Api.DEMO_PASSWORD, "totp", ""), null);
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			return r.json().get("accessToken").asString();
		});
	}

	/** The letters of the cases a page link lists, read through the API as {@code who}. */
	private Set<String> listed(String pageLink, String who) {
		assertThat(pageLink).startsWith("/cases?");
		JsonNode page = ok(api.get("/api/v1/cases?" + pageLink.substring("/cases?".length()) + "&size=200", who));
		Map<Long, String> letters = cases.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		Set<String> found = new java.util.TreeSet<>();
		page.get("items").forEach(i -> found.add(letters.getOrDefault(i.get("id").asLong(), "other:" + i.get("id"))));
		assertThat(page.get("total").asLong()).isEqualTo(found.size());
		return found;
	}

	/** The events the statistics criterion of a page link counts on the cases listed, as {@code who} sees them. */
	private long countedEvents(String pageLink, String who) {
		return ok(api.get("/api/v1/cases?" + pageLink.substring("/cases?".length()) + "&size=1", who)).get("countedEvents")
			.asLong();
	}

	private String badField(String path) {
		Api.Response r = api.get(path, "dispatcher");
		assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(400);
		return r.json().get("errors").get(0).get("field").asString();
	}

	private static JsonNode ok(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private static JsonNode row(JsonNode report, String code) {
		for (JsonNode r : report.get("rows")) {
			if (r.get("unit").get("code").asString().equals(code)) {
				return r;
			}
		}
		throw new AssertionError("no row for " + code + " in " + report);
	}

	private static Map<String, Long> counts(JsonNode row) {
		Map<String, Long> counts = new LinkedHashMap<>();
		row.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
		return counts;
	}

	private static BigDecimal rate(JsonNode rates, String name) {
		assertThat(rates.get(name).isNull()).as(name + " is defined").isFalse();
		return rates.get(name).decimalValue();
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.properties().forEach(e -> names.add(e.getKey()));
		return names;
	}
}
