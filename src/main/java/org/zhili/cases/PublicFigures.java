package org.zhili.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The figures the district publishes: this month's volumes and 三率 per street, top categories, enterprises. */
public interface PublicFigures {

	/** One street's month (the same figures as the statistics of the government side). */
	record Street(String code, String name, long received, long dispatched, long closed, BigDecimal response,
			BigDecimal resolution, BigDecimal satisfaction) {
	}

	record CategoryCount(String code, String name, long count) {
	}

	/**
	 * Enterprise requests (政企互通) registered in the period.
	 *
	 * @param solved rated and said to be solved (企业问题解决数)
	 */
	record Enterprises(long received, long closed, long solved, BigDecimal resolution) {
	}

	record Figures(LocalDate from, LocalDate to, Street district, List<Street> streets, List<CategoryCount> topCategories,
			Enterprises enterprises) {
	}

	/** The current month up to now. */
	Figures thisMonth();

	/** Enterprise requests registered from {@code from} to {@code to} (Beijing days, both included). */
	Enterprises enterprises(LocalDate from, LocalDate to);
}
