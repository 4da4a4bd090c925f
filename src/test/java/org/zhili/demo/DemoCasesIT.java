package org.zhili.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CaseState;
import org.zhili.identity.FieldCipher;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cases the shared context generated on its first start (zhili.demo.cases of the test profile):
 * a believable mix, every history a path through the workflow, counters and timers consistent with it.
 * Read-only, and only on demo cases (tracking numbers of their months, registered by demo actors), so it
 * does not depend on what other tests do.
 */
@ZhiliIntegrationTest
class DemoCasesIT {

	/** Demo cases: on the fresh database of the test profile, they took the first ids, before any test ran. */
	private String demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoProperties properties;

	@Autowired
	FieldCipher cipher;

	@Autowired
	Api api;

	@Test
	void theConfiguredNumberOfCasesSpreadOverTheMonths() {
		Map<String, Object> row = jdbc.sql("select count(*) n, min(registered_at) first, max(registered_at) last, "
				+ "count(distinct date_trunc('month', registered_at)) months from cases.case_record c where " + demo())
			.query()
			.singleRow();
		assertThat(((Number) row.get("n")).intValue()).isEqualTo(properties.cases());
		assertThat(((Number) row.get("months")).intValue()).isGreaterThanOrEqualTo(properties.months());
	}

	@Test
	void mostAreClosedAndEveryStateAndQueueHasSome() {
		Map<String, Integer> states = new HashMap<>();
		jdbc.sql("select state, count(*) from cases.case_record c where " + demo() + " group by state")
			.query((rs, n) -> states.put(rs.getString(1), rs.getInt(2)))
			.list();
		int total = states.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(states.get("CLOSED")).isGreaterThan(total * 3 / 4);
		assertThat(states.keySet()).contains("REGISTERED", "DISPATCHED", "HANDLING", "CALLBACK", "CLOSED", "VOIDED",
				"MERGED");
		assertThat(count("state = 'DISPATCHED' and running_due_at < now()")).as("overdue waiting for acceptance").isPositive();
		assertThat(count("state = 'HANDLING' and running_due_at < now()")).as("overdue in handling (red)").isPositive();
		assertThat(count("supervision is not null")).as("督办").isPositive();
		assertThat(count("round = 2")).as("re-dispatched after an unsatisfied rating").isPositive();
		assertThat(count("rework_count > 0")).as("sent back (返工)").isPositive();
		assertThat(count("return_count > 0")).as("returned (退单)").isPositive();
		assertThat(count("exists (select 1 from cases.case_unit u where u.case_id = c.id and u.role = 'WHISTLED')"))
			.as("whistled (吹哨)").isPositive();
		assertThat(count("satisfaction = 'SATISFIED'")).isGreaterThan(count("satisfaction = 'BASICALLY_SATISFIED'"));
		assertThat(count("satisfaction = 'BASICALLY_SATISFIED'")).isPositive();
		assertThat(count("satisfaction = 'UNSATISFIED'")).isPositive();
		assertThat(count("satisfaction = 'UNRATED'")).isPositive();
		assertThat(count("master_case_id is not null")).as("merged duplicates").isPositive();
		assertThat(jdbc.sql("select count(distinct channel) from cases.case_record c where " + demo()).query(Integer.class)
			.single()).isEqualTo(6);
	}

	@Test
	void everyTimelineIsAPathThroughTheWorkflowEndingInTheCasesState() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select e.case_id, e.action, e.from_state, e.to_state, c.state
				from cases.case_event e join cases.case_record c on c.id = e.case_id
				where""" + " " + demo() + " order by e.case_id, e.id").query().listOfRows();
		Map<Long, String> last = new HashMap<>();
		Map<Long, String> finalState = new HashMap<>();
		for (Map<String, Object> r : rows) {
			long id = ((Number) r.get("case_id")).longValue();
			String from = (String) r.get("from_state");
			if (!last.containsKey(id)) {
				assertThat(r.get("action")).as("first step of case " + id).isEqualTo("REGISTER");
			}
			else {
				assertThat(from).as("step " + r.get("action") + " of case " + id + " starts where the last ended")
					.isEqualTo(last.get(id));
			}
			last.put(id, (String) r.get("to_state"));
			finalState.put(id, (String) r.get("state"));
		}
		assertThat(last).hasSize(properties.cases());
		last.forEach((id, state) -> assertThat(state).as("case " + id).isEqualTo(finalState.get(id)));
	}

	@Test
	void theCountersAgreeWithTheCases() {
		// Invariants of the whole database (demo cases and whatever other tests did), as the live steps keep them.
		Map<String, Object> c = jdbc.sql("""
				select (select sum(received) from cases.unit_day_stats) received,
				  (select sum(closed) + sum(direct_answered) from cases.unit_day_stats) closed,
				  (select sum(duplicates) from cases.unit_day_stats) duplicates,
				  (select count(*) from cases.case_record) cases,
				  (select count(*) from cases.case_record where state = 'CLOSED') closed_cases,
				  (select count(*) from cases.case_record where state = 'MERGED' and street_code is not null) merged_cases""")
			.query()
			.singleRow();
		assertThat(c.get("received")).hasToString(c.get("cases").toString());
		assertThat(c.get("closed")).hasToString(c.get("closed_cases").toString());
		assertThat(c.get("duplicates")).hasToString(c.get("merged_cases").toString());
	}

	@Test
	void openCasesWithARunningDeadlineHaveTheirClocksAndTimers() {
		// A test that moved time forward may have set an alarm off early: it goes off, once, and is recorded — wait for
		// an alarm still being handled.
		org.awaitility.Awaitility.await("alarms handled").atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> {
				List<Long> missing = casesWithoutTimer();
				assertThat(missing).as(() -> explain(missing)).isEmpty();
			});
		assertThat(count("running_due_at > now()")).isPositive();
	}

	private List<Long> casesWithoutTimer() {
		return jdbc.sql("""
				select c.id from cases.case_record c
				where c.running_due_at > now() and c.state in ('DISPATCHED', 'HANDLING', 'CALLBACK') and""" + " " + demo() + " " + """
				and not exists (select 1 from process.clock k left join scheduled_tasks t on t.task_name = 'process-clock'
				   and t.task_instance = k.id || '-' || floor(extract(epoch from k.due_at))::bigint || '-DUE'
				   where k.loop = 'case' and k.item_id = c.id and k.state = 'RUNNING' and k.due_at = c.running_due_at
				     and (t.task_instance is not null or k.fired_for = k.due_at))""")
			.query(Long.class)
			.list();
	}

	/** The rows a reader needs to tell why a case has no timer: its clocks, their timers and its last steps. */
	private String explain(List<Long> caseIds) {
		StringBuilder out = new StringBuilder();
		for (long id : caseIds.subList(0, Math.min(3, caseIds.size()))) {
			out.append("\ncase ").append(jdbc.sql("select id, state, running_due_at from cases.case_record where id = ?")
				.param(id).query().singleRow());
			jdbc.sql("select id, name, holder, state, started_at, time_limit, due_at, fired_for, stopped_at from process.clock "
					+ "where loop = 'case' and item_id = ?").param(id).query().listOfRows()
				.forEach(r -> out.append("\n  clock ").append(r));
			jdbc.sql("select task_instance, execution_time from scheduled_tasks where task_name = 'process-clock' "
					+ "and task_instance in (select id || '-' || floor(extract(epoch from due_at))::bigint || '-DUE' "
					+ "from process.clock where loop = 'case' and item_id = ?)").param(id).query().listOfRows()
				.forEach(r -> out.append("\n  timer ").append(r));
			jdbc.sql("select id, action, occurred_at, actor from cases.case_event where case_id = ? order by id desc limit 4")
				.param(id).query().listOfRows().forEach(r -> out.append("\n  step ").append(r));
		}
		return out.toString();
	}

	@Test
	void requestersAreEncryptedAndTextsAreLocalised() {
		Map<String, Object> row = jdbc.sql("select requester_name, requester_phone, requester_phone_index from "
				+ "cases.case_record c where requester_name is not null and " + demo() + " order by id limit 1")
			.query()
			.singleRow();
		String phone = cipher.decrypt((String) row.get("requester_phone"));
		assertThat(phone).matches("1[3-9]\\d{9}|022-2\\d{7}");
		assertThat(cipher.decrypt((String) row.get("requester_name"))).matches("\\p{IsHan}{2,3}");
		assertThat(row.get("requester_phone_index")).isEqualTo(cipher.blindIndex(phone));
		// The anonymised names (A市, A3区, K8县, 西地省) are mapped; a zone of an estate (御景湾B区) is a real name.
		String anonymised = "'[A-Z][0-9]{1,2}[区县]|[A-Z][0-9]{0,2}市|西地省'";
		assertThat(count("description ~ " + anonymised + " or title ~ " + anonymised + " or reply_text ~ " + anonymised))
			.isZero();
	}

	@Test
	void aDemoCaseReadsAsARealHistoryThroughTheApi() {
		long id = jdbc.sql("select id from cases.case_record c where state = 'CLOSED' and round = 1 and " + demo()
				+ " and exists (select 1 from cases.case_event e where e.case_id = c.id and e.action = 'ACCEPT')"
				+ " order by id limit 1")
			.query(Long.class)
			.single();
		Api.Response r = api.get("/api/v1/cases/" + id, "dispatcher");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<String> actions = r.json().get("timeline").valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).startsWith("register").contains("dispatch", "accept", "reply", "review", "callback")
			.endsWith("close");
		JsonNode reply = r.json().get("reply");
		assertThat(reply.get("text").asString()).isNotBlank();
		assertThat(Set.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED", "UNRATED"))
			.contains(r.json().get("callback").get("satisfaction").get("code").asString());
		assertThat(CaseState.valueOf(r.json().get("state").get("code").asString())).isEqualTo(CaseState.CLOSED);
	}

	private String demo() {
		return "c.id <= " + properties.cases();
	}

	private int count(String condition) {
		return jdbc.sql("select count(*) from cases.case_record c where (" + condition + ") and " + demo())
			.query(Integer.class)
			.single();
	}
}
