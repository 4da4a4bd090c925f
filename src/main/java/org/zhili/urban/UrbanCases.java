package org.zhili.urban;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.zhili.calendar.TimeLimit;

/**
 * The urban-management loop (GB/T 30428.8) for other modules: its name on the kit, the supervisors' patrol areas and
 * the loading of a history (the demo's year), recorded as it happened, in bulk.
 */
public interface UrbanCases {

	/** The loop's name on the kit (clocks, journal, photos, links, 督办, exports). */
	String LOOP = "urban-case";

	/** Where a case came from: a 监督员's own report, or a resident's (12345 or other channels) to be 核实ed. */
	enum Source {
		PATROL, PUBLIC
	}

	/**
	 * A case of a history being loaded, with each stage's moment and actor ({@code null} from the first stage not
	 * reached on). The loop works out whether each stage kept its limit (the configured stage limits, the
	 * catalogue's 处置 limit, extended once when {@code postponed}); the case ends as its last stage says, or — when
	 * {@code voided} — 作废, or (with {@code valid} false) 不予立案. A case still open gets its current stage's clock,
	 * started when that stage began, so that a late one alarms as it would have.
	 *
	 * @param kind COMPONENT or EVENT; {@code classCode} the 小类
	 * @param handlerCode the unit it was dispatched to
	 * @param suspended whether it is 挂账 (dispatched, not handled: it waits, its 处置 clock paused)
	 */
	record Past(String kind, String classCode, String componentId, boolean urgent, String description, String address,
			double lng, double lat, String gridCode, String communityCode, String streetCode, Source source,
			String reportedBy, Instant reportedAt, String verifiedBy, Instant verifiedAt, Boolean valid,
			String registeredBy, Instant registeredAt, String dispatchedBy, Instant dispatchedAt, String handlerCode,
			Instant handledAt, String checkedBy, Instant checkedAt, String closedBy, Instant closedAt, int reworks,
			int misdispatches, boolean postponed, boolean suspended, boolean voided) {
	}

	/**
	 * A 小类 a case may be of, as a history needs it.
	 *
	 * @param handlerCode the unit a case of it goes to unless its component names another
	 */
	record CaseClass(String kind, String code, String majorName, String name, String handlerCode,
			TimeLimit limitNormal, TimeLimit limitUrgent) {
	}

	/** The active classes of the catalogue. */
	List<CaseClass> classes();

	/** The configured stage limits by stage: verify, register, dispatch, check, close. */
	Map<String, TimeLimit> stageLimits();

	/**
	 * Records past cases as they happened, in a few statements (no messages, no events); answers how many. Every case
	 * keeps its stages in the case file; the timeline's steps are written for the cases reported since
	 * {@code timelinesSince} and for every open one (a year's steps are many, and the page shows the stages anyway).
	 */
	int load(List<Past> cases, Instant timelinesSince);

	/**
	 * Makes an open 12345 case an urban case of public source, to be 核实ed, linked both ways (as a dispatcher does on
	 * the list page); answers the urban case's id, the existing one's when it is one already.
	 *
	 * @param by the account linking it
	 */
	long linkHotline(long hotlineCaseId, String by);

	/** Whether any urban case is recorded. */
	boolean any();

	/** Sets a 监督员's patrol areas: grid, community or street codes (replacing those recorded). */
	void assignPatrolAreas(String username, List<String> areaCodes);
}
