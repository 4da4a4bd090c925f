package org.zhili.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Cases by category over time, for choosing a recurring problem (每月一题) and measuring what its treatment did.
 * A month counts the cases registered in it (its cohort), merged duplicates left out; a category code covers its
 * subcategories. Not scoped: callers decide who may see their report.
 */
public interface CategoryTrends {

	/**
	 * One month's cohort: {@code rated} of them were called back with a rating, {@code solved} and
	 * {@code satisfied} (满意 or 基本满意) among the rated.
	 */
	record Month(YearMonth month, long received, long rated, long solved, long satisfied) {
	}

	/** A category with the most cases in a period: the figures that justify choosing it. */
	record HotCategory(String code, String name, String path, long received, long rated, long solved, long satisfied) {
	}

	/** Each month from {@code from} to {@code to} (both included) for the cases under the codes; empty months count 0. */
	List<Month> monthly(Collection<String> categoryCodes, YearMonth from, YearMonth to);

	/**
	 * The same for every case <em>not</em> under the codes but under {@code within} (the comparison group: the rest
	 * of the same top categories, so a trend of the whole district is not credited to a topic).
	 */
	List<Month> monthlyExcept(Collection<String> within, Collection<String> categoryCodes, YearMonth from, YearMonth to);

	/** The {@code limit} second-level categories with the most cases registered from {@code from} to {@code to}. */
	List<HotCategory> hottest(LocalDate from, LocalDate to, int limit);

	/** The category's name and path ({@code 城乡建设/市容环境}), or {@code null} for an unknown code. */
	String pathOf(String code);
}
