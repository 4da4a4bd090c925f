package org.zhili.routing.internal;

import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theHistoryIsReadAPageAtATimeAndEveryCaseIsIndexed() {
		int pageSize = properties.backfill().pageSize();
		IndexBackfill.Run run = backfill.lastRun();
		assertThat(run).as("the demo history was indexed by the rebuild").isNotNull();
		assertThat(run.cases()).as("several pages of demo cases").isGreaterThan(3L * pageSize);
		assertThat(run.largestPage()).isEqualTo(pageSize);
		assertThat(run.pages()).isEqualTo((int) ((run.cases() + pageSize - 1) / pageSize));
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

	@Test
	void theRowsComeFromTheDatabaseABatchAtATimeOnlyWhereAsked() {
		String rows = "select g from generate_series(1, 10) g";
		Integer inBatches = new TransactionTemplate(transactions).execute(tx -> FetchSize.inBatches(dataSource, 7,
				() -> jdbc.sql(rows).query((ResultSet rs) -> rs.getStatement().getFetchSize() == 7 ? 7 : null)));
		assertThat(inBatches).as("the statements of the transaction fetch 7 rows at a time").isEqualTo(7);
		// afterwards, and elsewhere, the driver's default again
		Integer after = new TransactionTemplate(transactions)
			.execute(tx -> jdbc.sql(rows).query((ResultSet rs) -> rs.getStatement().getFetchSize()));
		assertThat(after).isZero();
		assertThatThrownBy(() -> FetchSize.inBatches(dataSource, 7, () -> null)).isInstanceOf(IllegalStateException.class);
	}
}
