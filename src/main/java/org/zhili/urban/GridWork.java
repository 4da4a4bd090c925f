package org.zhili.urban;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The grid workers' records as a whole, for loading what happened before zhili (a district's existing rosters and
 * 九全 ledgers, their visit logs) in one go. Personal fields are given in clear and stored encrypted; codes are the
 * 15-digit unit-grid codes of the org tree. Day-to-day work goes through the pages and {@code /api/v1/urban/grids}.
 */
public interface GridWork {

	/** Whether no roster, ledger or visit is recorded yet. */
	boolean empty();

	/** A grid worker on a grid since {@code startsOn}; {@code username} is their account where they have one. */
	record Worker(String username, String name, String phone, String gridCode, LocalDate startsOn) {
	}

	/** A building of a grid with its households and places. */
	record Building(String gridCode, String address, Integer floors, Double lng, Double lat,
			List<Household> households, List<Place> places) {
	}

	/**
	 * A household.
	 *
	 * @param tenure OWNED, RENTED or VACANT
	 */
	record Household(String room, String headName, String headPhone, String headIdNumber, int members, String tenure,
			List<KeyPerson> persons, List<Visit> visits) {
	}

	/**
	 * A key person of a household.
	 *
	 * @param kind ELDERLY_ALONE, EMPTY_NEST, TENANT, DISABLED, HARDSHIP, LEFT_BEHIND_CHILD or CARE
	 */
	record KeyPerson(String kind, String name, String phone, String idNumber, Integer birthYear, String note,
			List<Visit> visits) {
	}

	/**
	 * A place in a building.
	 *
	 * @param kind RENTED_ROOM, SHOP or one of the 九小场所 (SMALL_RESTAURANT, SMALL_HOTEL, SMALL_SHOP, SMALL_WORKSHOP,
	 *     SMALL_ENTERTAINMENT, SMALL_SCHOOL, SMALL_CLINIC, SMALL_HAIRDRESSER, SMALL_NET_BAR)
	 */
	record Place(String kind, String name, String contactName, String contactPhone, String note, List<Visit> visits) {
	}

	/**
	 * A visit to the household, person or place it is listed under: planned when {@code dueOn} is set, done when
	 * {@code visitedAt} is (a planned one not yet done has no {@code visitedAt}).
	 */
	record Visit(String worker, LocalDate dueOn, String purpose, Instant visitedAt, String finding, boolean problem) {
	}

	/** What a load recorded. */
	record Loaded(int workers, int buildings, int households, int persons, int places, int visits) {
	}

	/** Records the roster and the ledger with its visits, as {@code by} at {@code at}, in the caller's transaction. */
	Loaded load(List<Worker> roster, List<Building> buildings, String by, Instant at);
}
