package org.zhili.routing.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.routing.internal.RoutingFixtures.await;

/**
 * The index rebuilt over the demo history (bulk-loaded without events) a page at a time: the test configuration
 * sets {@code zhili.routing.backfill.page-size} far below the number of demo cases, so a rebuild that held the whole
 * history at once fails here, and so does one that misses a case between pages.
 */
@ZhiliIntegrationTest
class IndexBackfillIT {

	@Autowired
	IndexBackfill backfill;

	@Autowired
	RoutingProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Test
	void theHistoryIsReadAPageAtATimeAndEveryCaseIsIndexed() {
		int pageSize = properties.backfill().pageSize();
		IndexBackfill.Run run = backfill.lastRun();
		assertThat(run).as("the demo history was indexed by the rebuild").isNotNull();
		assertThat(run.cases()).as("several pages of demo cases").isGreaterThan(3L * pageSize);
		assertThat(run.largestPage()).isEqualTo(pageSize);
		assertThat(run.pages()).isEqualTo((int) ((run.cases() + pageSize - 1) / pageSize));
		// the rows come from the database a batch at a time too (in a transaction), not all at once
		assertThat(template.getFetchSize()).isBetween(1, 10_000);
		// every case with a text is in the index: the demo's from the rebuild, the tests' from their events
		await("every case is indexed", () -> jdbc.sql("""
				select count(*) from cases.case_record r
				where btrim(coalesce(r.title, '') || coalesce(r.description, '')) <> ''
				  and not exists (select 1 from routing.case_index i where i.case_id = r.id)""")
			.query(Long.class)
			.single() == 0);
		assertThat(jdbc.sql("select count(*) from routing.case_index").query(Long.class).single())
			.isGreaterThanOrEqualTo(run.cases());
	}
}
