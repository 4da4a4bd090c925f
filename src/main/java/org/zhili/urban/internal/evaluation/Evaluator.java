package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.zhili.urban.internal.evaluation.Indicator.*;

/**
 * The formulas of the monthly evaluation (GB/T 30428.4, domain rules DU-18 … DU-26) over the month's counts. Pure:
 * the counts (which instant puts a case in the month is each {@link Indicator}'s definition, counted by
 * {@link EvaluationData}), the supervisors' patrol areas and the region tree in; the figures, composite values and
 * grades out.
 */
public final class Evaluator {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private final EvaluationProperties rules;

	public Evaluator(EvaluationProperties rules) {
		this.rules = rules;
	}

	/**
	 * The whole month.
	 *
	 * @param region {@code null} for the streets; a street's code for its communities; a community's for its grids
	 */
	public MonthlyEvaluation evaluate(EvaluationMonth month, MonthCounts counts, Map<String, Set<String>> patrolAreas,
			RegionTree tree, String region) {
		List<EvaluationTable> tables = List.of(regions(counts, tree, region), departments(counts),
				supervisors(counts, patrolAreas), dutyChiefs(counts), dispatchers(counts));
		return new MonthlyEvaluation(month, district(counts), List.of(), tables);
	}

	/** 受理 … 按期结案率 of the whole district, and the shares of 延期, 挂账 and 作废. */
	Map<Indicator, BigDecimal> district(MonthCounts counts) {
		Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
		f.put(ACCEPTED, count(counts.accepted()));
		closing(f, counts.grids().stream().reduce(MonthCounts.GridCount::plus).orElse(NONE));
		f.put(POSTPONED, count(counts.postponed()));
		f.put(SUSPENDED, count(counts.suspended()));
		f.put(VOIDED, count(counts.voided()));
		return f;
	}

	/** 区域评价 at the level below {@code parent} (the streets when it is {@code null}). */
	EvaluationTable regions(MonthCounts counts, RegionTree tree, String parent) {
		Level level = Level.below(tree, parent);
		Map<String, MonthCounts.GridCount> byRegion = new LinkedHashMap<>();
		Map<String, Long> byGrid = new HashMap<>();
		Map<String, Set<String>> gridsOf = new HashMap<>();
		for (String region : level.regions(tree, parent)) {
			byRegion.put(region, NONE);
			gridsOf.put(region, new LinkedHashSet<>(level.grids(tree, region)));
		}
		for (MonthCounts.GridCount g : counts.grids()) {
			String region = level.within(g, parent) ? level.key(g) : null;
			if (region == null) {
				continue;
			}
			byRegion.merge(region, g, MonthCounts.GridCount::plus);
			if (g.grid() != null) {
				byGrid.merge(g.grid(), g.registered(), Long::sum);
				gridsOf.computeIfAbsent(region, r -> new LinkedHashSet<>()).add(g.grid());
			}
		}
		EvaluationProperties.Family family = rules.region();
		List<EvaluationRow> rows = new ArrayList<>();
		byRegion.forEach((region, total) -> {
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			closing(f, total);
			f.put(PUBLIC_REPORTS, count(total.publicReports()));
			f.put(PUBLIC_REPORT_RATE, rate(total.publicReports(), total.registered()));
			Set<String> grids = gridsOf.getOrDefault(region, Set.of());
			f.put(REGISTER_SCORE, grids.isEmpty() ? family.score(total.registered())
					: grids.stream()
						.map(g -> family.score(byGrid.getOrDefault(g, 0L)))
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(grids.size()), 2, RoundingMode.HALF_UP));
			rows.add(row(EvaluationFamily.REGION, region, f));
		});
		return table(EvaluationFamily.REGION, level.word, parent, rows);
	}

	/** 专业部门评价, over the cases dispatched to each department in the month. */
	EvaluationTable departments(MonthCounts counts) {
		EvaluationProperties.Family family = rules.department();
		List<EvaluationRow> rows = new ArrayList<>();
		counts.departments().forEach((dept, t) -> {
			// 应处置, 处置, 按期处置, 返工, 结案
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(ASSIGNED, count(t[0]));
			f.put(REGISTER_SCORE, family.score(t[0]));
			f.put(HANDLED, count(t[1]));
			f.put(ON_TIME_HANDLED, count(t[2]));
			f.put(ON_TIME_HANDLING_RATE, rate(t[2], t[0]));
			f.put(REWORKED, count(t[3]));
			f.put(REWORK_RATE, rate(t[3], t[1]));
			f.put(CLOSED, count(t[4]));
			f.put(CLOSING_RATE, rate(t[4], t[0]));
			rows.add(row(EvaluationFamily.DEPARTMENT, dept, f));
		});
		return table(EvaluationFamily.DEPARTMENT, "专业部门", null, rows);
	}

	/**
	 * 监督员: their own reports, the public reports they verified, the jobs they checked, and what they missed — the
	 * public reports registered in their patrol area (a grid counts once, whichever of its codes the area names).
	 */
	EvaluationTable supervisors(MonthCounts counts, Map<String, Set<String>> areas) {
		Set<String> people = new TreeSet<>(areas.keySet());
		people.addAll(counts.reports().keySet());
		people.addAll(counts.verifications().keySet());
		people.addAll(counts.checks().keySet());
		long[] zero = new long[5];
		List<EvaluationRow> rows = new ArrayList<>();
		for (String user : people) {
			long[] reports = counts.reports().getOrDefault(user, zero);
			long[] verified = counts.verifications().getOrDefault(user, zero);
			long[] checked = counts.checks().getOrDefault(user, zero);
			Set<String> area = areas.getOrDefault(user, Set.of());
			long inArea = 0, missed = 0;
			if (!area.isEmpty()) {
				for (MonthCounts.GridCount g : counts.grids()) {
					if (in(area, g.grid()) || in(area, g.community()) || in(area, g.street())) {
						inArea += g.registered();
						missed += g.publicReports();
					}
				}
			}
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(REPORTS, count(reports[0]));
			f.put(VALID_REPORTS, count(reports[1]));
			f.put(VALID_REPORT_RATE, rate(reports[1], reports[0]));
			f.put(AREA_REGISTERED, count(inArea));
			f.put(MISSED, count(missed));
			f.put(MISSED_RATE, rate(missed, inArea));
			f.put(VERIFIED, count(verified[0]));
			f.put(ON_TIME_VERIFY_RATE, rate(verified[1], verified[0]));
			f.put(CHECKED, count(checked[0]));
			f.put(ON_TIME_CHECK_RATE, rate(checked[1], checked[0]));
			rows.add(row(EvaluationFamily.SUPERVISOR, user, f));
		}
		return table(EvaluationFamily.SUPERVISOR, "监督员", null, rows);
	}

	/** 值班长: the cases they registered (on time, later voided) and closed (on time). */
	EvaluationTable dutyChiefs(MonthCounts counts) {
		Set<String> people = new TreeSet<>(counts.registrations().keySet());
		people.addAll(counts.closures().keySet());
		long[] zero = new long[5];
		List<EvaluationRow> rows = new ArrayList<>();
		for (String user : people) {
			long[] registered = counts.registrations().getOrDefault(user, zero);
			long[] closed = counts.closures().getOrDefault(user, zero);
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(REGISTERED_BY, count(registered[0]));
			f.put(ON_TIME_REGISTER_RATE, rate(registered[1], registered[0]));
			f.put(VOIDED, count(registered[2]));
			f.put(ACCURATE_REGISTER_RATE, rate(registered[0] - registered[2], registered[0]));
			f.put(CLOSED_BY, count(closed[0]));
			f.put(ON_TIME_CLOSE_RATE, rate(closed[1], closed[0]));
			rows.add(row(EvaluationFamily.DUTY_CHIEF, user, f));
		}
		return table(EvaluationFamily.DUTY_CHIEF, "值班长", null, rows);
	}

	/** 派遣员: the cases they dispatched (on time, returned as misdirected). */
	EvaluationTable dispatchers(MonthCounts counts) {
		EvaluationProperties.Family family = rules.dispatcher();
		List<EvaluationRow> rows = new ArrayList<>();
		counts.dispatches().forEach((user, t) -> {
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(DISPATCHED, count(t[0]));
			f.put(DISPATCH_SCORE, family.score(t[0]));
			f.put(ON_TIME_DISPATCH_RATE, rate(t[1], t[0]));
			f.put(MISDISPATCHED, count(t[2]));
			f.put(ACCURATE_DISPATCH_RATE, rate(t[0] - t[2], t[0]));
			rows.add(row(EvaluationFamily.DISPATCHER, user, f));
		});
		return table(EvaluationFamily.DISPATCHER, "派遣员", null, rows);
	}

	/**
	 * The composite value: each weighed indicator's score (a rate as it is, or 100 minus it when lower is better; a
	 * banded count's score) times its weight. Indicators without a base (nothing to rate) are left out and the
	 * remaining weights scaled up to 1, so a supervisor with no check to do is not marked down for it.
	 */
	BigDecimal composite(EvaluationFamily familyKind, Map<Indicator, BigDecimal> figures) {
		EvaluationProperties.Family family = rules.family(familyKind);
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Map.Entry<Indicator, BigDecimal> w : family.weights().entrySet()) {
			BigDecimal value = figures.get(w.getKey());
			if (value == null || w.getValue().signum() == 0) {
				continue;
			}
			BigDecimal score = w.getKey().lowerIsBetter() ? HUNDRED.subtract(value) : value;
			sum = sum.add(score.multiply(w.getValue()));
			weights = weights.add(w.getValue());
		}
		return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
	}

	private static boolean in(Set<String> area, String code) {
		return code != null && area.contains(code);
	}

	/** A rate in per cent with two decimals, {@code null} without a base. */
	public static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal count(long n) {
		return BigDecimal.valueOf(n);
	}

	private EvaluationRow row(EvaluationFamily family, String code, Map<Indicator, BigDecimal> figures) {
		BigDecimal composite = composite(family, figures);
		return new EvaluationRow(code, code, figures, composite, rules.grades().of(composite), false);
	}

	private static EvaluationTable table(EvaluationFamily family, String level, String parent, List<EvaluationRow> rows) {
		List<EvaluationRow> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing(EvaluationRow::composite, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(EvaluationRow::code));
		return new EvaluationTable(family, level, parent, family.columns(), List.copyOf(sorted));
	}

	private static final MonthCounts.GridCount NONE = new MonthCounts.GridCount(null, null, null, 0, 0, 0, 0, 0);

	/** 立案, 应结案, 结案, 按期结案 and their rates (the district's and each region's). */
	private static void closing(Map<Indicator, BigDecimal> f, MonthCounts.GridCount c) {
		f.put(REGISTERED, count(c.registered()));
		f.put(DUE, count(c.due()));
		f.put(CLOSED, count(c.closed()));
		f.put(CLOSING_RATE, rate(c.closed(), c.due()));
		f.put(ON_TIME_CLOSED, count(c.onSchedule()));
		f.put(ON_TIME_CLOSING_RATE, rate(c.onSchedule(), c.due()));
	}

	/** Which part of the territory a region table lists. */
	private enum Level {

		STREETS("街道"), COMMUNITIES("社区"), GRIDS("网格");

		final String word;

		Level(String word) {
			this.word = word;
		}

		static Level below(RegionTree tree, String parent) {
			if (parent == null) {
				return STREETS;
			}
			return tree.streets().contains(parent) ? COMMUNITIES : GRIDS;
		}

		List<String> regions(RegionTree tree, String parent) {
			return this == STREETS ? tree.streets() : tree.childrenOf(parent);
		}

		/** The grids under a region, from the tree. */
		List<String> grids(RegionTree tree, String region) {
			return switch (this) {
				case STREETS -> tree.childrenOf(region).stream().flatMap(c -> tree.childrenOf(c).stream()).toList();
				case COMMUNITIES -> tree.childrenOf(region);
				case GRIDS -> List.of(region);
			};
		}

		boolean within(MonthCounts.GridCount c, String parent) {
			return switch (this) {
				case STREETS -> true;
				case COMMUNITIES -> parent.equals(c.street());
				case GRIDS -> parent.equals(c.community());
			};
		}

		String key(MonthCounts.GridCount c) {
			return switch (this) {
				case STREETS -> c.street();
				case COMMUNITIES -> c.community();
				case GRIDS -> c.grid();
			};
		}
	}
}
