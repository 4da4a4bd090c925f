package org.zhili.cases.internal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CaseState;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.identity.DataScope;
import org.zhili.identity.FieldCipher;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * On a city's database an exact count of every case a district reader may list took a second, longer than the page
 * itself (1.5 s for the first page of 20 on 10 million cases). A list counts up to a limit and says "more than"
 * beyond it; below the limit the count stays exact. The demo district has a few thousand cases, so the limit here
 * is set low on a second instance of the queries.
 */
@ZhiliIntegrationTest
class CaseListCountIT {

	private static final DataScope DISTRICT = new DataScope("120104", "/120104/", true);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CaseViews views;

	@Autowired
	Categories categories;

	@Autowired
	FieldCipher cipher;

	@Autowired
	Clock clock;

	@Autowired
	CaseQueries configured;

	@Test
	void aListCountsUpToTheLimitAndSaysMoreBeyondIt() {
		CaseQueries limited = new CaseQueries(jdbc, dataSource, views, categories, cipher, clock, 100);
		long all = jdbc.sql("select count(*) from cases.case_record").query(Long.class).single();

		CaseQueries.Page first = limited.page(DISTRICT, CaseFilter.ALL, 0, 20);
		CaseQueries.Page farBeyond = limited.page(DISTRICT, CaseFilter.ALL, 10, 20);

		assertThat(all).isGreaterThan(1000);
		assertThat(first.total()).isEqualTo(100);
		assertThat(first.totalCapped()).isTrue();
		assertThat(first.items()).hasSize(20);
		assertThat(farBeyond.items()).as("pages beyond the counted ones still list").hasSize(20);

		CaseQueries.Page exact = configured.page(DISTRICT, CaseFilter.ALL, 0, 20);
		assertThat(exact.total()).isEqualTo(all);
		assertThat(exact.totalCapped()).isFalse();
	}

	@Test
	void belowTheLimitTheCountIsExact() {
		CaseQueries limited = new CaseQueries(jdbc, dataSource, views, categories, cipher, clock, 100);
		// A state fewer than a hundred demo cases are in (the open ones of some stage).
		String state = jdbc.sql("""
				select state from cases.case_record group by state having count(*) between 1 and 99
				order by count(*) desc limit 1""").query(String.class).single();
		long expected = jdbc.sql("select count(*) from cases.case_record where state = :s").param("s", state)
			.query(Long.class).single();
		CaseFilter inState = new CaseFilter(List.of(CaseState.valueOf(state)), null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, CaseFilter.Sort.NEWEST);

		CaseQueries.Page page = limited.page(DISTRICT, inState, 0, 20);

		assertThat(page.total()).isEqualTo(expected);
		assertThat(page.totalCapped()).isFalse();
	}
}
