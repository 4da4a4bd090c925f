package org.zhili.process.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loop without any clock (a database from before the kit) gets its open items' clocks at start, once: here the
 * suggestions waiting for an answer, after their clocks were lost.
 */
@ZhiliIntegrationTest
class ClockAdoptionIT {

	@Autowired
	ClockAdoption adoption;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openItemsOfALoopWithoutClocksGetThemOnceAndALoopWithClocksIsLeftAlone() {
		long waiting = jdbc.sql("select count(*) from plans.suggestion where state = 'ASSIGNED' and due is not null")
			.query(Long.class).single();
		assertThat(waiting).as("the demo has suggestions waiting for an answer").isPositive();
		jdbc.sql("delete from process.clock where loop = 'suggestion'").update();
		long cases = clocks("case");

		adoption.start();
		adoption.start();

		assertThat(clocks("suggestion")).isEqualTo(waiting);
		assertThat(clocks("case")).as("a loop that has clocks is left as it was").isEqualTo(cases);
	}

	private long clocks(String loop) {
		return jdbc.sql("select count(*) from process.clock where loop = :loop and state = 'RUNNING'").param("loop", loop)
			.query(Long.class).single();
	}
}
