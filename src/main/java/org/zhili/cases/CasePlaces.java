package org.zhili.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Cases received by place, channel and category, from counters kept as cases are registered (a month of the
 * district is a sum of that month's counters, not a count of cases), and the cases open now in an area: for the
 * cockpit's tiles, heat map and trends. Categories are counted at the second level, as registered. Not scoped:
 * callers decide who may see their figures.
 */
public interface CasePlaces {

	/** The whole district (both codes null), a street, or a community of it. */
	record Area(String streetCode, String communityCode) {

		public static final Area DISTRICT = new Area(null, null);

		/** The level of the places directly below it: streets, communities or grids. */
		public String childLevel() {
			return communityCode != null ? "GRID" : streetCode != null ? "COMMUNITY" : "STREET";
		}
	}

	/** A month's cases received. */
	record Month(YearMonth month, long received) {
	}

	/** A count under a key (a place's, channel's or category's code); {@code ""} collects the cases without one. */
	record Count(String code, long received) {
	}

	/**
	 * Cases open now (not closed, voided or merged) in the area: how many, of them past their running deadline (red)
	 * and near it (yellow).
	 */
	record Open(long open, long overdue, long atRisk) {
	}

	/** Cases received from {@code from} to {@code to} (Beijing days, both included) in the area. */
	long received(LocalDate from, LocalDate to, Area area);

	/** The same per place directly below the area (streets of the district…), most first. */
	List<Count> places(LocalDate from, LocalDate to, Area area);

	/** The same per channel. */
	Map<Channel, Long> channels(LocalDate from, LocalDate to, Area area);

	/** The same per second-level category, most first. */
	List<Count> categories(LocalDate from, LocalDate to, Area area);

	/** Each month from {@code from} to {@code to} (both included), empty months counting 0. */
	List<Month> monthly(YearMonth from, YearMonth to, Area area);

	/** The open cases in the area now. */
	Open open(Area area);
}
