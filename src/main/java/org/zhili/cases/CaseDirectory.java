package org.zhili.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.zhili.identity.Actor;

/** Reads cases and the category tree for other modules (e.g. routing), within the asking actor's scope. */
public interface CaseDirectory {

	/**
	 * A node of the category tree.
	 *
	 * @param code {@code C01}, {@code C0101} …
	 * @param parentCode the node above, or {@code null} at the top
	 * @param level 1 for the first-level classes
	 * @param name its own name, e.g. 城乡建设
	 * @param fullName the names from the top, e.g. 城乡建设 › 市政设施 › 路灯
	 * @param active whether new cases may be filed under it
	 */
	record Category(String code, String parentCode, int level, String name, String fullName, boolean active) {
	}

	/**
	 * What another module needs to rebuild its own record of a case without having seen its events — e.g.
	 * routing's index after the demo cases were bulk-loaded on first start, which publishes no events.
	 *
	 * @param channel the {@link Channel} name
	 * @param categoryCode the case's category now (any level), or {@code null}
	 * @param state the {@link CaseState} name
	 * @param endedAt when a terminal case ended (closed, voided or merged), else {@code null}
	 * @param firstDispatchUnit the unit of the first dispatch (派单 or 指定), or {@code null} when never dispatched
	 * @param dispatches how many dispatches (派单, 指定, 再交办) the case had
	 * @param returns how many returns (退单) were approved
	 */
	record History(long id, String trackingNumber, String title, String description, String channel,
			String categoryCode, String streetCode, String communityCode, String gridCode, Double lng, Double lat,
			Instant registeredAt, String state, Instant endedAt, String firstDispatchUnit, Instant firstDispatchedAt,
			int dispatches, int returns) {
	}

	/** Every case in registration order, whatever its scope (for system work, never for a person's request). */
	void forEachHistory(Consumer<History> consumer);

	/**
	 * A complaint (投诉) or report (举报) as another module matches it to whom it is about — e.g. inspection raising a
	 * market subject's weight in the random draw.
	 *
	 * @param creditCode the 统一社会信用代码 an enterprise request named, or {@code null}
	 */
	record Complaint(long caseId, String trackingNumber, Instant registeredAt, CaseType type, String title,
			String description, String address, String streetCode, String creditCode) {
	}

	/** Every complaint and report registered since {@code since} (not voided or merged), in registration order. */
	void forEachComplaint(Instant since, Consumer<Complaint> consumer);

	/** A case as the actor sees it (without timeline and attachments); empty when missing or out of scope. */
	Optional<CaseView> find(long caseId, Actor actor);

	/** A case by its tracking number, as the actor sees it (like {@link #find}); empty when missing or out of scope. */
	Optional<CaseView> findByTrackingNumber(String trackingNumber, Actor actor);

	/** The whole category tree, in its order. */
	List<Category> categories();

	/**
	 * The unit a case of this category located in this street goes to by the category's rule; empty when the
	 * rule is territorial and there is no street.
	 */
	Optional<CaseView.Unit> leadUnitFor(String categoryCode, String streetCode);
}
