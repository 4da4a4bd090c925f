package org.zhili.cases.internal.stats;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open cases' index is partial on the open states, written out in its migration: if the workflow's open states
 * change and the index does not, the cockpit's counts silently go back to reading a page per case.
 */
@ZhiliIntegrationTest
class OpenCasesIndexIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIndexCoversExactlyTheWorkflowsOpenStates() {
		String definition = jdbc.sql("select indexdef from pg_indexes where schemaname = 'cases' and indexname = 'case_open_lights_idx'")
			.query(String.class)
			.single();
		for (CaseState state : CaseState.values()) {
			assertThat(definition.contains("'" + state.name() + "'")).as(state + " in " + definition)
				.isEqualTo(CaseWorkflow.OPEN.contains(state));
		}
	}
}
