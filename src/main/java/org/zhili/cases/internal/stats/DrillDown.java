package org.zhili.cases.internal.stats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case list behind each figure: {@code /cases} with the parameters of {@code GET /api/v1/cases} that
 * select the cases with an event the figure counts ({@code event}), for the row's units ({@code eventUnit},
 * repeated; none for the district), on the period's days ({@code eventFrom}, {@code eventTo}).
 */
public final class DrillDown {

	/** The page listing cases; it takes the query parameters of {@code GET /api/v1/cases}. */
	public static final String CASES_PAGE = "/cases";

	/** Each count of {@link Counts} and the counter (the {@code event} filter) its cases are selected by. */
	static final Map<String, String> COUNTERS;

	/** The cases behind each rate: those of its denominator (返工率: the replies sent back). */
	public static final Map<String, String> RATE_CASES = Map.of("response", "dispatched", "resolution", "rated",
			"satisfaction", "rated", "onTime", "closed", "returns", "dispatched", "rework", "reworked", "duplicates",
			"received", "avgHandlingHours", "closed");

	static {
		Map<String, String> counters = new LinkedHashMap<>();
		for (String column : Counts.COLUMNS) {
			if (!column.equals("handling_seconds")) {
				counters.put(camel(column), column.toUpperCase(java.util.Locale.ROOT));
			}
		}
		COUNTERS = java.util.Collections.unmodifiableMap(counters);
	}

	private DrillDown() {
	}

	/** The case list of every count, for these units (all when empty) over the period. */
	static Map<String, String> links(List<String> units, Period period) {
		Map<String, String> links = new LinkedHashMap<>();
		COUNTERS.forEach((figure, counter) -> links.put(figure, link(counter, units, period)));
		return links;
	}

	static String link(String counter, List<String> units, Period period) {
		StringBuilder url = new StringBuilder(CASES_PAGE).append("?event=").append(counter);
		for (String unit : units) {
			url.append("&eventUnit=").append(URLEncoder.encode(unit, StandardCharsets.UTF_8));
		}
		return url.append("&eventFrom=").append(period.from()).append("&eventTo=").append(period.to()).toString();
	}

	private static String camel(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char ch : column.toCharArray()) {
			if (ch == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(ch) : ch);
				upper = false;
			}
		}
		return name.toString();
	}
}
