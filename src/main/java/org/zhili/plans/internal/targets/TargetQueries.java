package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.plans.internal.targets.TargetViews.Actual;
import org.zhili.plans.internal.targets.TargetViews.TargetView;

import static org.zhili.plans.internal.Values.plain;

/** The targets of a plan or of a task, with their actual values and how they stand, main targets first. */
@Service
@Transactional(readOnly = true)
public class TargetQueries {

	/** A stored target. */
	record TargetRow(long id, long plan, Long task, String indicator, String comparator, BigDecimal value,
			BigDecimal upper, String unit, String qualifier, int period, BigDecimal baseline, boolean main, String quote,
			String live) {
	}

	private final JdbcClient jdbc;
	private final LiveIndicators indicators;

	TargetQueries(JdbcClient jdbc, LiveIndicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/** Every target of the plan, its tasks' included. */
	public List<TargetView> ofPlan(long planId) {
		return views("select * from plans.target where plan_id = :id order by main desc, id", planId);
	}

	/** The targets of one task. */
	public List<TargetView> ofTask(long taskId) {
		return views("select * from plans.target where task_id = :id order by main desc, id", taskId);
	}

	private List<TargetView> views(String sql, long id) {
		List<TargetRow> rows = jdbc.sql(sql).param("id", id)
			.query((rs, n) -> new TargetRow(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("task_id"),
					rs.getString("indicator"), rs.getString("comparator"), rs.getBigDecimal("value"),
					rs.getBigDecimal("upper"), rs.getString("unit"), rs.getString("qualifier"), rs.getInt("period"),
					rs.getBigDecimal("baseline"), rs.getBoolean("main"), rs.getString("quote"),
					rs.getString("live_indicator")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Actual>> actuals = new HashMap<>();
		jdbc.sql("select * from plans.actual where target_id in (:ids) order by period")
			.param("ids", rows.stream().map(TargetRow::id).toList())
			.query(rs -> {
				actuals.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>()).add(new Actual(
						rs.getString("period"), plain(rs.getBigDecimal("value")), rs.getString("source"), rs.getString("note")));
			});
		return rows.stream().map(g -> view(g, actuals.getOrDefault(g.id(), List.of()))).toList();
	}

	/** A target as people read it, judged against its actual values. */
	private TargetView view(TargetRow g, List<Actual> actuals) {
		TargetAssessment.Outcome o = TargetAssessment.assess(g.comparator(), g.value(), g.upper(), g.unit(),
				g.qualifier(), actuals);
		return new TargetView(g.id(), g.plan(), g.task(), g.indicator(), g.comparator(),
				TargetAssessment.comparatorLabel(g.comparator()), plain(g.value()), plain(g.upper()), g.unit(),
				g.qualifier(), g.period(), plain(g.baseline()), g.main(), g.quote(), actuals, o.code(), o.label(),
				o.phrase(), g.live() == null ? null : indicators.live(g.live()));
	}
}
