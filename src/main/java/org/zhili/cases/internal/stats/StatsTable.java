package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The 三率 table of the page: which figures it shows, in which order, each cell with its text and the link
 * to its cases. Built here rather than in the template, so the template stays a loop.
 */
final class StatsTable {

	/** A column: its message key ({@code stats.<key>}), and whether it holds a rate (percent) or a count. */
	record Column(String key, boolean rate) {
	}

	/** A cell: what it shows and the case list behind it ({@code null}: nothing to list). */
	record Cell(String text, String href) {
	}

	/** A line: the unit and its cells; {@code total} for the district's line. */
	record Line(String code, String name, List<Cell> cells, boolean total) {
	}

	/** A line of the ranking: the rank, the unit, the figures the chart draws and the cells of the table. */
	record RankLine(Integer rank, String code, String name, boolean inScope, BigDecimal composite, BigDecimal response,
			BigDecimal resolution, BigDecimal satisfaction, List<Cell> cells) {
	}

	private record Figure(Column column, Function<ThreeRates.Row, Object> value, String cases) {
	}

	private record RankFigure(Column column, Function<ThreeRates.Ranked, Object> value, String cases) {
	}

	private static final List<RankFigure> RANK_FIGURES = List.of(
			new RankFigure(new Column("composite", false), ThreeRates.Ranked::composite, "dispatched"),
			new RankFigure(new Column("response", true), ThreeRates.Ranked::response, "dispatched"),
			new RankFigure(new Column("resolution", true), ThreeRates.Ranked::resolution, "rated"),
			new RankFigure(new Column("satisfaction", true), ThreeRates.Ranked::satisfaction, "rated"),
			new RankFigure(new Column("received", false), ThreeRates.Ranked::received, "received"),
			new RankFigure(new Column("dispatched", false), ThreeRates.Ranked::dispatched, "dispatched"),
			new RankFigure(new Column("rated", false), ThreeRates.Ranked::rated, "rated"));

	static final List<Column> RANK_COLUMNS = RANK_FIGURES.stream().map(RankFigure::column).toList();

	private static final List<Figure> FIGURES = List.of(
			count("received", r -> r.counts().received()),
			count("dispatched", r -> r.counts().dispatched()),
			count("accepted", r -> r.counts().accepted()),
			count("acceptedOnTime", r -> r.counts().acceptedOnTime()),
			rate("response", r -> r.rates().response()),
			count("rated", r -> r.counts().rated()),
			count("solved", r -> r.counts().solved()),
			rate("resolution", r -> r.rates().resolution()),
			count("satisfied", r -> r.counts().satisfied()),
			count("basicallySatisfied", r -> r.counts().basicallySatisfied()),
			count("unsatisfied", r -> r.counts().unsatisfied()),
			rate("satisfaction", r -> r.rates().satisfaction()),
			count("unrated", r -> r.counts().unrated()),
			count("closed", r -> r.counts().closed()),
			count("closedOnTime", r -> r.counts().closedOnTime()),
			rate("onTime", r -> r.rates().onTime()),
			count("returned", r -> r.counts().returned()),
			rate("returns", r -> r.rates().returns()),
			count("replied", r -> r.counts().replied()),
			count("reworked", r -> r.counts().reworked()),
			rate("rework", r -> r.rates().rework()),
			count("duplicates", r -> r.counts().duplicates()),
			new Figure(new Column("duplicateRate", true), r -> r.rates().duplicates(), "received"),
			count("supervised", r -> r.counts().supervised()),
			new Figure(new Column("avgHandling", false), r -> r.rates().avgHandlingHours(), "closed"),
			new Figure(new Column("composite", false), r -> r.rates().composite(), "dispatched"));

	static final List<Column> COLUMNS = FIGURES.stream().map(Figure::column).toList();

	private StatsTable() {
	}

	/** The lines of a report: one per unit, then the district's total if the viewer may see it. */
	static List<Line> lines(ThreeRates.Report report, Locale locale) {
		List<Line> lines = new ArrayList<>();
		report.rows().forEach(r -> lines.add(line(r, false, locale)));
		if (report.total() != null) {
			lines.add(line(report.total(), true, locale));
		}
		return lines;
	}

	private static Line line(ThreeRates.Row row, boolean total, Locale locale) {
		List<Cell> cells = FIGURES.stream()
			.map(f -> new Cell(text(f.value().apply(row), f.column().rate(), locale), row.cases().get(f.cases())))
			.toList();
		return new Line(row.unit().code(), total ? null : row.unit().shortName(), cells, total);
	}

	/** The lines of a ranking, best first; links only for the units in the viewer's scope. */
	static List<RankLine> lines(ThreeRates.Ranking ranking, Locale locale) {
		return ranking.rows().stream().map(r -> new RankLine(r.rank(), r.unit().code(), r.unit().shortName(), r.inScope(),
				r.composite(), r.response(), r.resolution(), r.satisfaction(),
				RANK_FIGURES.stream()
					.map(f -> new Cell(text(f.value().apply(r), f.column().rate(), locale),
							r.cases() == null ? null : r.cases().get(f.cases())))
					.toList()))
			.toList();
	}

	static String text(Object value, boolean rate, Locale locale) {
		if (value == null) {
			return "—";
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString() + (rate ? "%" : "");
		}
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	private static Figure count(String key, Function<ThreeRates.Row, Object> value) {
		return new Figure(new Column(key, false), value, key);
	}

	private static Figure rate(String key, Function<ThreeRates.Row, Object> value) {
		return new Figure(new Column(key, true), value, DrillDown.RATE_CASES.get(key));
	}
}
