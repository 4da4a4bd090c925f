package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.zhili.urban.internal.evaluation.Indicator.*;

/**
 * The formulas of the monthly evaluation (GB/T 30428.4, domain rules DU-18 … DU-26), over the month's case rows.
 * Pure: the rows, the supervisors' patrol areas and the region tree in, the figures, composite values and grades
 * out. Which instant puts a case in the month is each {@link Indicator}'s definition.
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
	public MonthlyEvaluation evaluate(EvaluationMonth month, Collection<CaseFacts> cases,
			Map<String, Set<String>> patrolAreas, RegionTree tree, String region) {
		Map<Indicator, BigDecimal> district = district(month, cases);
		List<EvaluationTable> tables = List.of(regions(month, cases, tree, region), departments(month, cases),
				supervisors(month, cases, patrolAreas), dutyChiefs(month, cases), dispatchers(month, cases));
		return new MonthlyEvaluation(month, district, List.of(), tables);
	}

	/** 受理 … 按期结案率 of the whole district, and the shares of 延期, 挂账 and 作废. */
	Map<Indicator, BigDecimal> district(EvaluationMonth month, Collection<CaseFacts> cases) {
		long accepted = 0;
		Closing closing = new Closing();
		long postponed = 0, suspended = 0, voided = 0;
		for (CaseFacts c : cases) {
			if (month.contains(c.reportedAt())) {
				accepted++;
			}
			if (month.contains(c.registeredAt())) {
				closing.add(month, c);
				postponed += c.postponed() ? 1 : 0;
				suspended += c.suspended() ? 1 : 0;
				voided += c.voided() ? 1 : 0;
			}
		}
		Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
		f.put(ACCEPTED, count(accepted));
		closing.into(f);
		f.put(POSTPONED, count(postponed));
		f.put(SUSPENDED, count(suspended));
		f.put(VOIDED, count(voided));
		return f;
	}

	/** 区域评价 at the level below {@code parent} (the streets when it is {@code null}). */
	EvaluationTable regions(EvaluationMonth month, Collection<CaseFacts> cases, RegionTree tree, String parent) {
		Level level = Level.below(tree, parent);
		Map<String, Closing> byRegion = new LinkedHashMap<>();
		Map<String, Long> byGrid = new HashMap<>();
		Map<String, Set<String>> gridsOf = new HashMap<>();
		for (String region : level.regions(tree, parent)) {
			byRegion.put(region, new Closing());
			gridsOf.put(region, new LinkedHashSet<>(level.grids(tree, region)));
		}
		for (CaseFacts c : cases) {
			if (!month.contains(c.registeredAt()) || !level.within(c, parent)) {
				continue;
			}
			String region = level.key(c);
			if (region == null) {
				continue;
			}
			byRegion.computeIfAbsent(region, r -> new Closing()).add(month, c);
			if (c.gridCode() != null) {
				byGrid.merge(c.gridCode(), 1L, Long::sum);
				gridsOf.computeIfAbsent(region, r -> new LinkedHashSet<>()).add(c.gridCode());
			}
		}
		EvaluationProperties.Family family = rules.region();
		List<EvaluationRow> rows = new ArrayList<>();
		byRegion.forEach((region, closing) -> {
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			closing.into(f);
			f.put(PUBLIC_REPORTS, count(closing.publicReports));
			f.put(PUBLIC_REPORT_RATE, rate(closing.publicReports, closing.registered));
			Set<String> grids = gridsOf.getOrDefault(region, Set.of());
			f.put(REGISTER_SCORE, grids.isEmpty() ? family.score(closing.registered)
					: grids.stream()
						.map(g -> family.score(byGrid.getOrDefault(g, 0L)))
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(grids.size()), 2, RoundingMode.HALF_UP));
			rows.add(row(EvaluationFamily.REGION, region, f));
		});
		return table(EvaluationFamily.REGION, level.word, parent, rows);
	}

	/** 专业部门评价, over the cases dispatched to each department in the month. */
	EvaluationTable departments(EvaluationMonth month, Collection<CaseFacts> cases) {
		Map<String, long[]> byDept = new HashMap<>();
		// assigned, handled, on-time handled, reworked, closed
		for (CaseFacts c : cases) {
			if (c.handlerCode() == null || !month.contains(c.dispatchedAt()) || c.voided() || c.suspended()) {
				continue;
			}
			long[] t = byDept.computeIfAbsent(c.handlerCode(), k -> new long[5]);
			t[0]++;
			if (month.byCutoff(c.handledAt())) {
				t[1]++;
				t[3] += c.reworks() > 0 ? 1 : 0;
			}
			t[2] += Boolean.TRUE.equals(c.handledOnTime()) && month.byCutoff(c.handledAt()) ? 1 : 0;
			t[4] += month.byCutoff(c.closedAt()) ? 1 : 0;
		}
		EvaluationProperties.Family family = rules.department();
		List<EvaluationRow> rows = new ArrayList<>();
		byDept.forEach((dept, t) -> {
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

	/** 监督员: their own reports, the public reports they verified, the jobs they checked, and what they missed. */
	EvaluationTable supervisors(EvaluationMonth month, Collection<CaseFacts> cases, Map<String, Set<String>> areas) {
		Map<String, long[]> byUser = new HashMap<>();
		// reports, valid reports, area registered, missed, verified, on-time verified, checked, on-time checked
		Function<String, long[]> tally = u -> byUser.computeIfAbsent(u, k -> new long[8]);
		areas.keySet().forEach(tally::apply);
		Map<String, List<String>> usersByArea = new HashMap<>();
		areas.forEach((user, codes) -> codes.forEach(code -> usersByArea.computeIfAbsent(code, k -> new ArrayList<>()).add(user)));
		Set<String> seen = new HashSet<>();
		for (CaseFacts c : cases) {
			if (!c.publicReport() && c.reportedBy() != null && month.contains(c.reportedAt())) {
				long[] t = tally.apply(c.reportedBy());
				t[0]++;
				t[1] += Boolean.TRUE.equals(c.valid()) && c.registeredAt() != null ? 1 : 0;
			}
			if (c.verifiedBy() != null && month.contains(c.verifiedAt())) {
				long[] t = tally.apply(c.verifiedBy());
				t[4]++;
				t[5] += Boolean.TRUE.equals(c.verifiedOnTime()) ? 1 : 0;
			}
			if (c.checkedBy() != null && month.contains(c.checkedAt())) {
				long[] t = tally.apply(c.checkedBy());
				t[6]++;
				t[7] += Boolean.TRUE.equals(c.checkedOnTime()) ? 1 : 0;
			}
			if (!usersByArea.isEmpty() && month.contains(c.registeredAt())) {
				seen.clear();
				for (String code : new String[] { c.gridCode(), c.communityCode(), c.streetCode() }) {
					for (String user : code == null ? List.<String>of() : usersByArea.getOrDefault(code, List.of())) {
						if (seen.add(user)) {
							long[] t = byUser.get(user);
							t[2]++;
							t[3] += c.publicReport() ? 1 : 0;
						}
					}
				}
			}
		}
		List<EvaluationRow> rows = new ArrayList<>();
		byUser.forEach((user, t) -> {
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(REPORTS, count(t[0]));
			f.put(VALID_REPORTS, count(t[1]));
			f.put(VALID_REPORT_RATE, rate(t[1], t[0]));
			f.put(AREA_REGISTERED, count(t[2]));
			f.put(MISSED, count(t[3]));
			f.put(MISSED_RATE, rate(t[3], t[2]));
			f.put(VERIFIED, count(t[4]));
			f.put(ON_TIME_VERIFY_RATE, rate(t[5], t[4]));
			f.put(CHECKED, count(t[6]));
			f.put(ON_TIME_CHECK_RATE, rate(t[7], t[6]));
			rows.add(row(EvaluationFamily.SUPERVISOR, user, f));
		});
		return table(EvaluationFamily.SUPERVISOR, "监督员", null, rows);
	}

	/** 值班长: the cases they registered (on time, later voided) and closed (on time). */
	EvaluationTable dutyChiefs(EvaluationMonth month, Collection<CaseFacts> cases) {
		Map<String, long[]> byUser = new HashMap<>();
		// registered, on-time registered, voided, closed, on-time closed
		for (CaseFacts c : cases) {
			if (c.registeredBy() != null && month.contains(c.registeredAt())) {
				long[] t = byUser.computeIfAbsent(c.registeredBy(), k -> new long[5]);
				t[0]++;
				t[1] += Boolean.TRUE.equals(c.registeredOnTime()) ? 1 : 0;
				t[2] += c.voided() ? 1 : 0;
			}
			if (c.closedBy() != null && month.contains(c.closedAt())) {
				long[] t = byUser.computeIfAbsent(c.closedBy(), k -> new long[5]);
				t[3]++;
				t[4] += Boolean.TRUE.equals(c.closedOnTime()) ? 1 : 0;
			}
		}
		List<EvaluationRow> rows = new ArrayList<>();
		byUser.forEach((user, t) -> {
			Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
			f.put(REGISTERED_BY, count(t[0]));
			f.put(ON_TIME_REGISTER_RATE, rate(t[1], t[0]));
			f.put(VOIDED, count(t[2]));
			f.put(ACCURATE_REGISTER_RATE, rate(t[0] - t[2], t[0]));
			f.put(CLOSED_BY, count(t[3]));
			f.put(ON_TIME_CLOSE_RATE, rate(t[4], t[3]));
			rows.add(row(EvaluationFamily.DUTY_CHIEF, user, f));
		});
		return table(EvaluationFamily.DUTY_CHIEF, "值班长", null, rows);
	}

	/** 派遣员: the cases they dispatched (on time, returned as misdirected). */
	EvaluationTable dispatchers(EvaluationMonth month, Collection<CaseFacts> cases) {
		Map<String, long[]> byUser = new HashMap<>();
		// dispatched, on time, misdispatched
		for (CaseFacts c : cases) {
			if (c.dispatchedBy() != null && month.contains(c.dispatchedAt())) {
				long[] t = byUser.computeIfAbsent(c.dispatchedBy(), k -> new long[3]);
				t[0]++;
				t[1] += Boolean.TRUE.equals(c.dispatchedOnTime()) ? 1 : 0;
				t[2] += c.misdispatches() > 0 ? 1 : 0;
			}
		}
		EvaluationProperties.Family family = rules.dispatcher();
		List<EvaluationRow> rows = new ArrayList<>();
		byUser.forEach((user, t) -> {
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

	/** 应结案, 结案, 按期结案 over the cases registered in the month (the district's and each region's). */
	private static final class Closing {

		long registered;
		long due;
		long closed;
		long onTime;
		long publicReports;

		void add(EvaluationMonth month, CaseFacts c) {
			registered++;
			publicReports += c.publicReport() ? 1 : 0;
			if (c.due()) {
				due++;
				if (month.byCutoff(c.closedAt())) {
					closed++;
					onTime += c.closedOnSchedule() ? 1 : 0;
				}
			}
		}

		void into(Map<Indicator, BigDecimal> f) {
			f.put(REGISTERED, count(registered));
			f.put(DUE, count(due));
			f.put(CLOSED, count(closed));
			f.put(CLOSING_RATE, rate(closed, due));
			f.put(ON_TIME_CLOSED, count(onTime));
			f.put(ON_TIME_CLOSING_RATE, rate(onTime, due));
		}
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

		boolean within(CaseFacts c, String parent) {
			return switch (this) {
				case STREETS -> true;
				case COMMUNITIES -> parent.equals(c.streetCode());
				case GRIDS -> parent.equals(c.communityCode());
			};
		}

		String key(CaseFacts c) {
			return switch (this) {
				case STREETS -> c.streetCode();
				case COMMUNITIES -> c.communityCode();
				case GRIDS -> c.gridCode();
			};
		}
	}
}
