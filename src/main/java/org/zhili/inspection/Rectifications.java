package org.zhili.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.identity.Actor;
import org.zhili.process.Labelled;

/**
 * 整改: every problem an inspection finds and every hazard a campaign cannot fix on the spot is rectified by a
 * unit against a deadline, reported fixed, re-checked (复查) and only then closed (销号). A 重大隐患 is 挂牌督办
 * from the start. A loop on the process kit ({@link #LOOP}).
 */
public interface Rectifications {

	String LOOP = "rectification";

	enum Severity implements Labelled {
		GENERAL("一般"), MAJOR("重大");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	enum State implements Labelled {
		OPEN("整改中"), REPORTED("待复查"), CLOSED("已销号");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/**
	 * A rectification to open.
	 *
	 * @param sourceLoop where the problem was found ({@code inspection}, {@code hazard}); {@code sourceRef} and
	 * {@code link} what people see of it and its page
	 * @param subjectId the inspected subject, or {@code null} (a community, a street-side site)
	 * @param place the site as people name it
	 * @param unitCode the unit that must rectify (or see it rectified)
	 * @param due the deadline
	 */
	record Order(String sourceLoop, long sourceId, String sourceRef, String link, Long subjectId, String place,
			String streetCode, String unitCode, String problem, Severity severity, LocalDate due) {
	}

	record Rectification(long id, String sourceLoop, long sourceId, String sourceRef, String link, Long subjectId,
			String place, String streetCode, String unitCode, String unitName, String problem, Severity severity,
			LocalDate due, State state, boolean overdue, Instant openedAt, Instant reportedAt, Instant closedAt) {
	}

	/**
	 * A 复查 of a rectification the unit reported done.
	 *
	 * @param passed the problem is gone: the rectification is closed (销号); otherwise it goes back to the unit
	 * @param onSite the checker went there: a 重大隐患 is closed only after an on-site 复查
	 * @param note what the checker found
	 * @param due when it failed, the new deadline, or {@code null} for the loop's (zhili.inspection.rectification.redo-working-days)
	 */
	record Recheck(boolean passed, boolean onSite, String note, LocalDate due) {
	}

	/** Which rectifications a list shows; {@code null} parts do not filter. */
	record Query(State state, Severity severity, String streetCode, Boolean overdue, String sourceLoop, int limit) {

		public static Query all(int limit) {
			return new Query(null, null, null, null, null, limit);
		}
	}

	/** Opens a rectification: its clock starts, the unit is told; a major one is 挂牌督办 at once. */
	Rectification open(Order order, String by, Instant at);

	/**
	 * The unit reports it rectified ({@code at}: now, or the moment in a history being loaded).
	 *
	 * @throws org.zhili.platform.ApiProblem 404 when the actor may not see it, 409 {@code action_not_allowed}, 403
	 * {@code not_your_action}, 400 {@code note_required}
	 */
	Rectification report(long id, String note, Actor by, Instant at);

	/**
	 * A 复查: passed closes it (销号) and its open 督办; failed sends it back to the unit with a new deadline.
	 *
	 * @throws org.zhili.platform.ApiProblem 409 {@code on_site_recheck_required} when a 重大隐患 would be closed
	 * without an on-site 复查, 403 when the unit that rectified would re-check its own 重大隐患
	 */
	Rectification recheck(long id, Recheck recheck, Actor by, Instant at);

	/** The rectifications the reader may see (a street its street's, a department its own, supervisors all), newest first. */
	List<Rectification> list(Query query, Actor reader);

	/** The rectifications a problem or hazard opened, oldest first. */
	List<Rectification> ofSource(String sourceLoop, long sourceId);

	/** One, if the reader may see it. */
	Rectification get(long id, Actor reader);
}
