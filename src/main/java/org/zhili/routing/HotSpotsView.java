package org.zhili.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * The hot spots routing found (未诉先办) that nobody decided yet, for other doors that group their items by the same
 * topic: a community (or grid) and a first-level 12345 category rising against its own baseline.
 */
public interface HotSpotsView {

	/**
	 * An open hot spot.
	 *
	 * @param areaCode the community (or grid) it was found in; {@code streetCode} its street, or {@code null}
	 * @param categoryCode the first-level category
	 * @param recent the cases of the recent window
	 */
	record OpenHotSpot(long id, String areaCode, String areaName, String streetCode, String streetName,
			String categoryCode, String categoryName, int recent, LocalDate detectedOn) {
	}

	/** The open hot spots detected on or after {@code since}, newest first. */
	List<OpenHotSpot> open(LocalDate since);
}
