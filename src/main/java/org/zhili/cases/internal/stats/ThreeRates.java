package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.DataScope;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/**
 * The 三率 of every street or department over a period, the district's total and the monthly ranking.
 *
 * <p>Who sees what: the ranking (rank, composite score and the three rates of every unit of a level) is
 * published inside the government, so every account with {@code STATS_VIEW} sees all of it. The detailed
 * figures are scoped: an account sees the rows of the units inside its data scope, and the district's total
 * only with a district-wide scope (a street official sees its street's row, a department handler its
 * department's). The cases behind a figure are listed by the case services, which apply the viewer's scope
 * again; links are offered only for rows in scope.
 */
@Service
@Transactional(readOnly = true)
public class ThreeRates {

	/** A unit as the statistics name it. */
	public record UnitRef(String code, String name, String shortName) {

		static UnitRef of(OrgUnit u) {
			return new UnitRef(u.code(), u.name(), u.shortName());
		}
	}

	/**
	 * One unit's figures.
	 *
	 * @param units the unit codes whose counters make up the row: the unit and, for a street, those of its
	 *     communities that had any in the period
	 * @param cases for each count, the case list of the cases behind it ({@code /cases?…}); a rate's cases are
	 *     those of its denominator
	 */
	public record Row(UnitRef unit, Counts counts, Rates rates, List<String> units, Map<String, String> cases) {
	}

	/** The weights the composite score and 满意率 were computed with (zhili.stats.*). */
	public record Weighing(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction,
			BigDecimal basicallySatisfied) {

		static Weighing of(StatsProperties p) {
			return new Weighing(p.weights().response(), p.weights().resolution(), p.weights().satisfaction(),
					p.basicallySatisfiedWeight());
		}
	}

	/** The figures of a level over a period; {@code total} is {@code null} unless the viewer sees the district. */
	public record Report(StatsLevel level, Period period, Weighing weighing, List<Row> rows, Row total) {
	}

	/**
	 * A line of the ranking; {@code rank} is {@code null} for units with nothing to score in the month.
	 * {@code cases} (the case lists behind the counts, as in {@link Row}) only for units in the viewer's scope.
	 */
	public record Ranked(Integer rank, UnitRef unit, BigDecimal composite, BigDecimal response, BigDecimal resolution,
			BigDecimal satisfaction, long received, long dispatched, long rated, boolean inScope,
			Map<String, String> cases) {
	}

	public record Ranking(StatsLevel level, YearMonth month, Period period, Weighing weighing,
			List<Ranked> rows) {
	}

	/** One bucket of a time series: its period and the rows (and total) of that period. */
	public record Point(Period period, List<Row> rows, Row total) {
	}

	public record Series(StatsLevel level, Period period, Period.Kind granularity, List<Point> points) {
	}

	private final StatsRepository repository;
	private final OrgUnits units;
	private final Scoring scoring;

	ThreeRates(StatsRepository repository, OrgUnits units, StatsProperties properties) {
		this.repository = repository;
		this.units = units;
		this.scoring = new Scoring(properties);
	}

	public StatsProperties properties() {
		return scoring.properties();
	}

	/** The rows of every unit of {@code level} in the viewer's scope, and the district total if in scope. */
	public Report report(StatsLevel level, Period period, DataScope scope) {
		return report(level, period, sums(period), scope);
	}

	/**
	 * The counters of every unit over a period, whatever the level: a page showing several tables of one period
	 * reads them once and passes them to {@link #report(StatsLevel, Period, Map, DataScope)} and
	 * {@link #ranking(StatsLevel, YearMonth, Map, DataScope)}.
	 */
	public Map<String, Counts> sums(Period period) {
		return repository.sums(period.from(), period.to());
	}

	/** {@link #report(StatsLevel, Period, DataScope)} from the {@link #sums} of {@code period}. */
	public Report report(StatsLevel level, Period period, Map<String, Counts> sums, DataScope scope) {
		Units listed = listed(level);
		Table table = table(listed, sums, period);
		List<Row> rows = table.rows.stream().filter(r -> scope.covers(r.path)).map(r -> r.row).toList();
		Row total = scope.covers(listed.district().path()) ? table.total : null;
		return new Report(level, period, Weighing.of(scoring.properties()), rows, total);
	}

	/** Every unit of {@code level} ordered by the composite score of {@code month}, best first. */
	public Ranking ranking(StatsLevel level, YearMonth month, DataScope scope) {
		return ranking(level, month, sums(Period.month(month)), scope);
	}

	/** {@link #ranking(StatsLevel, YearMonth, DataScope)} from the {@link #sums} of the month. */
	public Ranking ranking(StatsLevel level, YearMonth month, Map<String, Counts> sums, DataScope scope) {
		Period period = Period.month(month);
		Table table = table(listed(level), sums, period);
		List<Line> lines = new ArrayList<>(table.rows);
		// Best composite first; units without a score last; ties in the order of the official list.
		lines.sort(Comparator.comparing((Line l) -> l.row.rates().composite(),
				Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(l -> l.position));
		List<Ranked> ranked = new ArrayList<>();
		Integer rank = null;
		BigDecimal previous = null;
		for (int i = 0; i < lines.size(); i++) {
			Row r = lines.get(i).row;
			BigDecimal composite = r.rates().composite();
			if (composite == null) {
				rank = null;
			}
			else if (previous == null || composite.compareTo(previous) != 0) {
				rank = i + 1;
			}
			previous = composite;
			boolean inScope = scope.covers(lines.get(i).path);
			ranked.add(new Ranked(rank, r.unit(), composite, r.rates().response(), r.rates().resolution(),
					r.rates().satisfaction(), r.counts().received(), r.counts().dispatched(), r.counts().rated(), inScope,
					inScope ? r.cases() : null));
		}
		return new Ranking(level, month, period, Weighing.of(scoring.properties()), ranked);
	}

	/** The figures of each bucket ({@code DAY}, {@code WEEK} or {@code MONTH}) of the period, scoped as {@link #report}. */
	public Series series(StatsLevel level, Period period, Period.Kind granularity, DataScope scope) {
		String bucket = switch (granularity) {
			case DAY -> "day";
			case WEEK -> "week";
			case MONTH -> "month";
			case CUSTOM -> throw new IllegalArgumentException("no custom buckets");
		};
		Map<LocalDate, Map<String, Counts>> found = new HashMap<>();
		repository.series(period.from(), period.to(), bucket).forEach(b -> found.put(b.start(), b.units()));
		Units listed = listed(level);
		boolean district = scope.covers(listed.district().path());
		List<Point> points = new ArrayList<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to());) {
			Period whole = Period.containing(granularity, day);
			// The buckets at the ends are cut to the requested days.
			Period part = new Period(granularity, whole.from().isBefore(period.from()) ? period.from() : whole.from(),
					whole.to().isAfter(period.to()) ? period.to() : whole.to());
			Table table = table(listed, found.getOrDefault(whole.from(), Map.of()), part);
			points.add(new Point(part, table.rows.stream().filter(r -> scope.covers(r.path)).map(r -> r.row).toList(),
					district ? table.total : null));
			day = whole.to().plusDays(1);
		}
		return new Series(level, period, granularity, points);
	}

	/** How many buckets a series would have. */
	static long points(Period period, Period.Kind granularity) {
		return switch (granularity) {
			case DAY -> period.days();
			case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(
					Period.containing(Period.Kind.WEEK, period.from()).from(), period.to()) + 1;
			case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(period.from()),
					YearMonth.from(period.to())) + 1;
			case CUSTOM -> 1;
		};
	}

	// ---- assembling the rows -------------------------------------------------------------------------

	/** A row with where it sits in the tree and in the official order. */
	private record Line(Row row, String path, int position) {
	}

	private record Table(List<Line> rows, Row total) {
	}

	/** The units a level always lists (every active street; every active line department), and the district. */
	private record Units(StatsLevel level, List<OrgUnit> always, OrgUnit district) {
	}

	private Units listed(StatsLevel level) {
		List<OrgUnit> always = (level == StatsLevel.STREET ? units.streets() : units.departments()).stream()
			.filter(u -> level == StatsLevel.STREET || "LINE_DEPARTMENT".equals(u.category()))
			.toList();
		return new Units(level, always, units.district());
	}

	private Table table(Units listing, Map<String, Counts> sums, Period period) {
		StatsLevel level = listing.level();
		// The listed units: every active unit of the level, in official order…
		Map<String, OrgUnit> listed = new LinkedHashMap<>();
		listing.always().forEach(u -> listed.put(u.code(), u));
		Map<String, Counts> counts = new HashMap<>();
		Map<String, Set<String>> contributors = new HashMap<>();
		Counts total = Counts.ZERO;
		for (Map.Entry<String, Counts> e : sums.entrySet()) {
			total = total.plus(e.getValue());
			Optional<OrgUnit> owner = owner(level, e.getKey());
			if (owner.isEmpty()) {
				continue;
			}
			// …and any other unit of the level that has figures (a department no longer active, the command centre).
			listed.putIfAbsent(owner.get().code(), owner.get());
			counts.merge(owner.get().code(), e.getValue(), Counts::plus);
			contributors.computeIfAbsent(owner.get().code(), c -> new LinkedHashSet<>(List.of(c))).add(e.getKey());
		}
		List<Line> lines = new ArrayList<>();
		int position = 0;
		for (OrgUnit u : listed.values()) {
			List<String> codes = List.copyOf(contributors.getOrDefault(u.code(), Set.of(u.code())));
			lines.add(new Line(row(UnitRef.of(u), counts.getOrDefault(u.code(), Counts.ZERO), codes, period), u.path(),
					position++));
		}
		return new Table(lines, row(UnitRef.of(listing.district()), total, List.of(), period));
	}

	/** The listed unit a counter's unit counts for at this level: a street for its communities and grids. */
	private Optional<OrgUnit> owner(StatsLevel level, String code) {
		Optional<OrgUnit> unit = units.find(code);
		for (int hops = 0; unit.isPresent() && hops < 3; hops++) {
			UnitLevel at = unit.get().level();
			if (level == StatsLevel.STREET && at == UnitLevel.STREET
					|| level == StatsLevel.DEPARTMENT && at == UnitLevel.DEPARTMENT) {
				return unit;
			}
			if (level != StatsLevel.STREET || at != UnitLevel.COMMUNITY && at != UnitLevel.GRID) {
				return Optional.empty();
			}
			unit = units.find(unit.get().parentCode());
		}
		return Optional.empty();
	}

	private Row row(UnitRef unit, Counts counts, List<String> codes, Period period) {
		return new Row(unit, counts, scoring.rates(counts), codes, DrillDown.links(codes, period));
	}
}
