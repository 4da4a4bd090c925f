package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.plans.internal.targets.TargetViews.Actual;

import static org.assertj.core.api.Assertions.assertThat;

class TargetAssessmentTest {

	@Test
	void targetsAreJudgedInTheDocumentsOwnPhrasing() {
		List<Actual> year = List.of(new Actual("2018", new BigDecimal("6"), "ENTERED", null));
		TargetAssessment.Outcome gdp = TargetAssessment.assess("growth", new BigDecimal("5"), null, "%", null, year);
		assertThat(gdp.code()).isEqualTo("ACHIEVED");
		assertThat(gdp.phrase()).isEqualTo("超出年初预定目标1个百分点");
		TargetAssessment.Outcome jobs = TargetAssessment.assess("reach", new BigDecimal("4"), null, "万人",
				null, List.of(new Actual("2019", new BigDecimal("3.6"), "ENTERED", null)));
		assertThat(jobs.code()).isEqualTo("MISSED");
		assertThat(jobs.phrase()).isEqualTo("完成年初预定目标的90%");
		TargetAssessment.Outcome unemployment = TargetAssessment.assess("at_most", new BigDecimal("3.6"), null, "%", "以内",
				List.of(new Actual("2012-06", new BigDecimal("3.7"), "ENTERED", null)));
		assertThat(unemployment.code()).isEqualTo("AT_RISK");
		assertThat(TargetAssessment.assess("about", new BigDecimal("5.5"), null, "%", "左右",
				List.of(new Actual("2025", new BigDecimal("5.2"), "ENTERED", null))).code()).isEqualTo("ACHIEVED");
	}

	@Test
	void absurdActualsAreNamed() {
		assertThat(TargetActuals.absurd("%", "growth", new BigDecimal("5"), new BigDecimal("-150"))).contains("-100%");
		assertThat(TargetActuals.absurd("%", "at_most", new BigDecimal("3.6"), new BigDecimal("120"))).contains("0 至 100%");
		assertThat(TargetActuals.absurd("亿元", "reach", new BigDecimal("95"), new BigDecimal("95001"))).contains("1000倍");
		assertThat(TargetActuals.absurd("家", "reach", new BigDecimal("35"), new BigDecimal("-1"))).contains("不能为负");
		assertThat(TargetActuals.absurd("亿元", "reach", new BigDecimal("95"), new BigDecimal("101.5"))).isNull();
	}

	@Test
	void aMonthsFigureOfAnAmountIsComparedWithTheShareOfTheYearGone() {
		// 120亿元 for the year: 60 by the end of June
		assertThat(TargetAssessment.assess("reach", new BigDecimal("120"), null, "亿元", null,
				List.of(new Actual("2026-06", new BigDecimal("59"), "ENTERED", null))).code()).isEqualTo("AT_RISK");
		assertThat(TargetAssessment.assess("reach", new BigDecimal("120"), null, "亿元", null,
				List.of(new Actual("2026-06", new BigDecimal("61"), "ENTERED", null))).code()).isEqualTo("ON_TRACK");
		TargetAssessment.Outcome none = TargetAssessment.assess("reach", new BigDecimal("120"), null, "亿元", null, List.of());
		assertThat(none.code()).isNull();
		assertThat(none.label()).isEqualTo("暂无数据");
	}

	@Test
	void theYearsFigureCountsAfterItsMonths() {
		List<Actual> actuals = List.of(new Actual("2026", new BigDecimal("6"), "ENTERED", null),
				new Actual("2026-11", new BigDecimal("5"), "ENTERED", null));
		assertThat(TargetViews.latest(actuals).period()).isEqualTo("2026");
		assertThat(TargetViews.latest(List.of())).isNull();
		// December's year-to-date figure decides the year as the year's own figure does
		assertThat(TargetAssessment.assess("growth", new BigDecimal("5"), null, "%", null,
				List.of(new Actual("2026-12", new BigDecimal("4"), "ENTERED", null))).code()).isEqualTo("MISSED");
	}
}
