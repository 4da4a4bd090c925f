package org.zhili.urban.internal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * The month's 综合评价 for a reader: the figures computed from urban.case_file, regions and departments named, the
 * reader's own rows marked, the report's sentences written.
 */
@Service
public class UrbanEvaluation {

	private final EvaluationData data;
	private final Evaluator evaluator;
	private final EvaluationProperties rules;
	private final OrgUnits units;
	private final Clock clock;

	UrbanEvaluation(EvaluationData data, EvaluationProperties rules, OrgUnits units, Clock clock) {
		this.data = data;
		this.evaluator = new Evaluator(rules);
		this.rules = rules;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The month's evaluation.
	 *
	 * @param month the month, e.g. {@code 2026-11}; none: the last complete month
	 * @param region none: regions by street; a street's code: its communities; a community's: its grids
	 * @param actor who reads: their unit's and their own rows are marked
	 */
	@Transactional(readOnly = true)
	public MonthlyEvaluation evaluate(String month, String region, Actor actor) {
		EvaluationMonth window = EvaluationMonth.of(month(month), clock.instant(), rules.closingGrace());
		RegionTree tree = data.regions();
		String parent = region == null || region.isBlank() ? null : region.strip();
		if (parent != null && !tree.streets().contains(parent) && tree.childrenOf(parent).isEmpty()) {
			throw ApiProblem.badInput("region", "not_a_region", "region 应为本区街道或社区的代码：" + parent);
		}
		MonthlyEvaluation raw = evaluator.evaluate(window, data.counts(window), data.patrolAreas(), tree, parent);
		List<EvaluationTable> tables = raw.tables().stream().map(t -> named(t, actor)).toList();
		MonthlyEvaluation named = new MonthlyEvaluation(window, raw.district(), List.of(), tables);
		return new MonthlyEvaluation(window, raw.district(), EvaluationSentences.of(named), tables);
	}

	/** The unit's name as people read it (the code when the tree does not know it). */
	public String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::shortName).orElse(code);
	}

	/** The region above a drill-down's parent: a community's street; none above a street. */
	public String parentRegion(String code) {
		return code == null ? null
				: units.find(code).filter(u -> u.level() == UnitLevel.COMMUNITY).map(OrgUnit::parentCode).orElse(null);
	}

	YearMonth month(String text) {
		YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		if (text == null || text.isBlank()) {
			return current.minusMonths(1);
		}
		YearMonth m;
		try {
			m = YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw ApiProblem.badInput("month", "bad_month", "month 应写作 年-月，如 2026-11：" + text);
		}
		if (m.isAfter(current)) {
			throw ApiProblem.badInput("month", "future_month", "month 不能晚于本月：" + text);
		}
		if (m.getYear() < 2000) {
			throw ApiProblem.badInput("month", "bad_month", "month 应在 2000 年之后：" + text);
		}
		return m;
	}

	private EvaluationTable named(EvaluationTable table, Actor actor) {
		boolean units = table.family() == EvaluationFamily.REGION || table.family() == EvaluationFamily.DEPARTMENT;
		Set<String> mine = actor == null ? Set.of()
				: units ? Set.of(actor.scope().unitCode()) : Set.of(actor.username());
		List<EvaluationRow> rows = table.rows()
			.stream()
			.map(r -> r.named(units ? unitName(r.code()) : r.code(), mine.contains(r.code())))
			.toList();
		return new EvaluationTable(table.family(), table.level(), table.parent(), table.columns(), rows);
	}
}
