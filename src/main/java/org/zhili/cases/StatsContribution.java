package org.zhili.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zhili.identity.Actor;

/**
 * A table another module adds to the statistics page (统计与排名) for the period shown, e.g. routing's
 * 分拨准确率 per category. The page renders each contributed table below its own figures; the contributing
 * module computes, scopes and words it (in the page's locale), so the page knows nothing of its figures.
 */
public interface StatsContribution {

	/**
	 * @param id an HTML id for the table, e.g. {@code routing-accuracy}
	 * @param headers the column headers, the first naming the row labels
	 * @param lines the rows, the totals last
	 */
	record Table(String id, String title, String note, List<String> headers, List<Line> lines) {
	}

	/** A row: its label, the cells after it (already formatted), and whether it is a totals row. */
	record Line(String label, List<String> cells, boolean total) {
	}

	/** The table for the period (both days included) as the actor may see it; empty to show nothing. */
	Optional<Table> table(LocalDate from, LocalDate to, Actor actor, Locale locale);
}
