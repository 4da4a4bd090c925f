package org.zhili.cases.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CaseState;
import org.zhili.cases.Light;
import org.zhili.cases.internal.stats.Counted;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list pages' query parameters: the API's names, dates or instants, links that keep the filter. */
class CaseListParamsTest {

	private static CaseListParams params(String from, String to) {
		return new CaseListParams(List.of(CaseState.REGISTERED, CaseState.HANDLING), Light.RED, null, null, "C01", null, null,
				"120104001000", null, null, null, null, null, true, "光明路", from, to, null, null, null, null, null, 2, null);
	}

	@Test
	void datesAreWholeDaysOfBeijingTimeAndInstantsAreTakenAsTheApiTakesThem() {
		CaseFilter days = params("2026-02-01", "2026-02-28").filter();
		assertThat(days.from()).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
		assertThat(days.to()).as("to includes its whole day").isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));

		CaseFilter instants = params("2026-02-01T00:00:00Z", "2026-02-01T08:00:00+08:00").filter();
		assertThat(instants.from()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(instants.to()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(params("2026-02-01T08:00:00 08:00", null).filter().from())
			.as("an offset whose + arrived as a space").isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(params("2026-02-01T09:30", null).filter().from()).isEqualTo(Instant.parse("2026-02-01T01:30:00Z"));

		assertThatThrownBy(() -> params("yesterday", null).filter()).isInstanceOfSatisfying(ApiProblem.class,
				p -> assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("from"));
	}

	@Test
	void theDateInputsShowTheLastDayAnExclusiveEndIncludes() {
		assertThat(params("2026-02-01", "2026-02-28").dateOf("to")).isEqualTo("2026-02-28");
		assertThat(params("2026-02-01T00:00:00+08:00", "2026-03-01T00:00:00+08:00").dateOf("to")).isEqualTo("2026-02-28");
		assertThat(params(null, null).dateOf("from")).isNull();
	}

	@Test
	void linksKeepTheCriteriaUnderTheApisNames() {
		CaseListParams p = params("2026-02-01", null);
		assertThat(p.query()).isEqualTo("state=REGISTERED%2CHANDLING&light=RED&category=C01&leadUnit=120104001000"
				+ "&returned=true&q=%E5%85%89%E6%98%8E%E8%B7%AF&from=2026-02-01");
		assertThat(p.pageQuery(3)).endsWith("&page=3").doesNotContain("size");
		assertThat(p.sizedIfUnsized(10).pageQuery(0)).endsWith("&page=0&size=10");
		assertThat(p.hiddenCriteria()).containsOnlyKeys("returned");
		assertThat(CaseListParams.NONE.query()).isEmpty();
	}

	@Test
	void aStatisticsFiguresLinkKeepsItsCriterionThroughPagingAndExport() {
		CaseListParams figure = new CaseListParams(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, Counter.ACCEPTED_ON_TIME, List.of("120104001000", "120104002000"),
				LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"), null, null);
		assertThat(figure.query()).isEqualTo("event=ACCEPTED_ON_TIME&eventUnit=120104001000%2C120104002000"
				+ "&eventFrom=2026-10-01&eventTo=2026-10-31");
		assertThat(figure.hiddenCriteria()).containsKeys("event", "eventUnit", "eventFrom", "eventTo");
		assertThat(figure.filter().counted()).isEqualTo(new Counted(Counter.ACCEPTED_ON_TIME,
				List.of("120104001000", "120104002000"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")));
		assertThat(CaseListParams.NONE.filter().counted()).isNull();
	}

	@Test
	void aPagesOwnCriteriaReplaceWhatTheLinkSaid() {
		CaseListParams mine = params(null, null).withInvolvedUnit("120104001000").withLight(Light.YELLOW);
		assertThat(mine.filter().involvedUnit()).isEqualTo("120104001000");
		assertThat(mine.filter().light()).isEqualTo(Light.YELLOW);
		assertThat(CaseListParams.NONE.openUnlessStated().state()).doesNotContain(CaseState.CLOSED, CaseState.VOIDED,
				CaseState.MERGED);
		assertThat(params(null, null).openUnlessStated().state()).containsExactly(CaseState.REGISTERED, CaseState.HANDLING);
		assertThat(CaseListParams.NONE.sortedIfUnsorted(CaseFilter.Sort.DUE).filter().sort()).isEqualTo(CaseFilter.Sort.DUE);
		assertThat(CaseListParams.NONE.filter().sort()).isEqualTo(CaseFilter.Sort.NEWEST);
		assertThat(new CaseListParams(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, -4, 5000).pageSize()).isEqualTo(CaseListParams.MAX_SIZE);
	}
}
