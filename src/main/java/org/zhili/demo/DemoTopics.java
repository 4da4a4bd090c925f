package org.zhili.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CategoryTrends;
import org.zhili.cases.CategoryTrends.HotCategory;
import org.zhili.insight.Topics;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * The demo's 每月一题: three months ago the leader chose the category with the most cases of the three months before
 * it, led by the 区城管委, so that the topic's page measures a quarter against its baseline.
 */
@DemoComponent
class DemoTopics extends DemoPart {

	/** After every part that registers cases. */
	static final int PHASE = 13;

	private final Topics topics;
	private final CategoryTrends trends;
	private final OrgUnits units;
	private final Clock clock;

	DemoTopics(Topics topics, CategoryTrends trends, OrgUnits units, TransactionTemplate transactions, JdbcClient jdbc,
			Clock clock) {
		super(PHASE, "topics", transactions, jdbc);
		this.topics = topics;
		this.trends = trends;
		this.units = units;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return topics.none();
	}

	@Override
	protected String play() {
		YearMonth start = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE)).minusMonths(3);
		List<HotCategory> hot = trends.hottest(start.minusMonths(3).atDay(1), start.minusMonths(1).atEndOfMonth(), 1);
		if (hot.isEmpty()) {
			return "no topic (no cases before " + start + ")";
		}
		HotCategory first = hot.get(0);
		topics.chosen(new Topics.Chosen(first.name() + "专项治理",
				"选题前三个月" + first.name() + "类诉求 " + first.received() + " 件，居各类之首，群众反映集中、反复。",
				List.of(first.code()), List.of(units.district().code() + "CGW"),
				"区城管委牵头，属地街道落实：建立台账、每周巡查、逐件回访，对反复诉求点位挂牌督办。", start, 3), "leader",
				start.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant());
		return "1 topic (" + first.path() + ", from " + start + ")";
	}
}
