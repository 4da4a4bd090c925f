package org.zhili.routing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.routing.internal.RoutingFixtures.GULOU;
import static org.zhili.routing.internal.RoutingFixtures.await;

/**
 * A burst of registrations goes through routing's queue: every case is routed once, repeats registered in the same
 * moment find each other, and the backlog the dispatcher sees empties.
 */
@ZhiliIntegrationTest
class RoutingQueueIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aBurstOfCasesIsRoutedOnceEachAndTheBacklogEmpties() throws Exception {
		RoutingFixtures f = new RoutingFixtures(api);
		double[] point = f.pointIn("STREET", GULOU);
		String tag = Long.toString(System.nanoTime(), 36);
		List<Long> ids = new ArrayList<>();
		// registered at once by 8 operators: they commit together and reach routing as batches
		ExecutorService operators = Executors.newFixedThreadPool(8);
		try {
			List<Future<Long>> sent = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String text = "南门外大街" + (i % 20) + "号井盖缺失" + tag + "\n南门外大街" + (i % 20)
						+ "号门口的井盖不见了，晚上路过很危险，已经有人差点掉下去，请尽快补上井盖。编号" + tag + "-" + i;
				sent.add(operators.submit(() -> f.register(point, text, Map.of()).get("id").asLong()));
			}
			for (Future<Long> id : sent) {
				ids.add(id.get());
			}
		}
		finally {
			operators.shutdown();
		}
		await("every case routed", () -> indexed(ids) == ids.size());
		assertThat(jdbc.sql("select count(*) from routing.queue where case_id in (:ids)").param("ids", ids)
			.query(Long.class).single()).isZero();
		// each of the 20 places had two calls about its manhole: the later one is offered as a repeat of the earlier
		long repeats = jdbc.sql("""
				select count(distinct case_id) from routing.duplicate where case_id in (:ids) and candidate_id in (:ids)""")
			.param("ids", ids)
			.query(Long.class)
			.single();
		assertThat(repeats).isGreaterThanOrEqualTo(20);
		await("the backlog is empty", () -> api.get("/api/v1/routing/backlog", "dispatcher").json().get("cases").asLong() == 0);
		Api.Response page = api.get("/routing/backlog", "dispatcher");
		assertThat(page.body()).contains("智能分拨无积压");
		assertThat(api.get("/api/v1/routing/backlog", "guangminglu").status()).isEqualTo(403);
		assertThat(api.metrics().body()).contains("zhili_routing_backlog_cases",
				"zhili_routing_backlog_age_seconds");
	}

	@Test
	void aBacklogShowsWhatWaitsAndSinceWhen() {
		long caseId = jdbc.sql("select max(id) from cases.case_record").query(Long.class).single();
		// a case of the kind an earlier version left: without its text, read back when it is routed
		jdbc.sql("""
				insert into routing.queue (case_id, queued_at, not_before, payload)
				values (:id, now() - interval '90 seconds', now() + interval '1 hour', cast(:payload as jsonb))
				on conflict do nothing""")
			.param("id", -caseId)
			.param("payload", "{\"caseId\":" + -caseId + ",\"trackingNumber\":\"none\",\"channel\":\"HOTLINE\"}")
			.update();
		try {
			await("the backlog counts it", () -> {
				var b = api.get("/api/v1/routing/backlog", "dispatcher").json();
				return b.get("cases").asLong() >= 1 && b.get("oldestWaitingSeconds").asLong() >= 90;
			});
			assertThat(api.get("/routing/backlog", "dispatcher").body()).contains("智能分拨积压");
		}
		finally {
			jdbc.sql("delete from routing.queue where case_id = :id").param("id", -caseId).update();
		}
	}

	@Test
	void aDispatchOfACaseStillQueuedIsHandledAfterItsRegistration() {
		RoutingFixtures f = new RoutingFixtures(api);
		String building = f.category("城乡建设");
		String text = "学校门口积水\n小学门口一下雨就积水，孩子上学要蹚水，希望教育局和学校协调解决排水问题。" + System.nanoTime();
		JsonNode kase = f.register(f.pointIn("STREET", GULOU), text, Map.of("categoryCode", building));
		long id = kase.get("id").asLong();
		await("routed", () -> indexed(List.of(id)) == 1);
		// as if routing had not reached it yet: out of the index, back in the queue as registered (held there)
		jdbc.sql("delete from routing.case_index where case_id = ?").param(id).update();
		jdbc.sql("""
				insert into routing.queue (case_id, queued_at, not_before, payload)
				values (:id, now(), 'infinity', cast(:payload as jsonb))""")
			.param("id", id)
			.param("payload", json.writeValueAsString(new org.zhili.cases.CaseRegistered(id,
					kase.get("trackingNumber").asString(), building, "120104002000", org.zhili.cases.Channel.HOTLINE, "",
					text, null, null, null, null, java.time.Instant.now(), org.zhili.cases.CaseState.REGISTERED, 1)))
			.update();
		try {
			f.step(id, "dispatch", Map.of("categoryCode", f.category("教育文体")), "dispatcher");
			// the registration is routed first, with the category it was registered under: the dispatch is a correction
			await("the correction is recorded", () -> api.get("/api/v1/routing/examples?caseId=" + id, "dispatcher").json()
				.valueStream().anyMatch(e -> e.get("source").asString().equals("CORRECTION")
						&& e.get("previousLabel").asString().equals("城乡建设")));
			assertThat(jdbc.sql("select count(*) from routing.queue where case_id = ?").param(id).query(Long.class).single())
				.isZero();
		}
		finally {
			jdbc.sql("delete from routing.queue where case_id = ?").param(id).update();
		}
	}

	private long indexed(List<Long> ids) {
		return jdbc.sql("select count(*) from routing.case_index where case_id in (:ids)").param("ids", ids)
			.query(Long.class)
			.single();
	}
}
