package org.zhili.process;

import java.time.Instant;
import java.util.List;

import org.zhili.calendar.TimeLimit;
import org.zhili.identity.Actor;

/**
 * 督办 for every loop: an order to a unit about an item, at a level, with a reply deadline on the working-day
 * calendar. The unit answers it (督办回复); an order left unanswered at its deadline climbs the loop's ladder
 * (e.g. 催办 → 黄牌 → 红牌 → 约谈), the unit and the supervision office are told, and the loop hears of it through
 * its {@link SupervisionListener}. Levels' names, reply limits and ladders are data per loop
 * ({@code zhili.process.supervision}). Every call joins the caller's transaction.
 */
public interface Supervisions {

	/** The clocks' and timelines' name of 督办 itself. */
	String LOOP = "supervision";

	/**
	 * A 督办 to issue.
	 *
	 * @param loop the loop of the item ({@code case}, {@code plan-task}…)
	 * @param itemRef what people see of the item (a tracking number, a title); {@code link} its page
	 * @param unitCode the unit that must answer
	 * @param reply the reply limit, or {@code null} for the loop's limit for the level
	 */
	record Order(String loop, long itemId, String itemRef, String link, String unitCode, SupervisionLevel level,
			String note, TimeLimit reply) {
	}

	enum State implements Labelled {
		OPEN("待回复"), ANSWERED("已回复"), ESCALATED("逾期升级"), CLOSED("已结束");

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
	 * A 督办 as it stands. {@code levelLabel} is the loop's name for the level; {@code escalatedFrom} the order it
	 * replaced when it was not answered in time.
	 */
	record Supervision(long id, String loop, long itemId, String itemRef, String link, String unitCode,
			String unitName, SupervisionLevel level, String levelLabel, String note, Instant issuedAt, String issuedBy, Instant replyDue,
			State state, String stateLabel, String reply, Instant repliedAt, String repliedBy, Long escalatedFrom) {

		public boolean overdueAt(Instant at) {
			return state == State.OPEN && at.isAfter(replyDue);
		}
	}

	/** Which 督办 a list shows; {@code null} fields do not filter. */
	record Query(String loop, State state, SupervisionLevel level, String unitCode, int limit) {
	}

	/**
	 * Issues a 督办: the reply clock starts, the unit is told in its inbox, the audit trail records it.
	 *
	 * @param issuedBy the account issuing it, or {@code system}
	 */
	Supervision issue(Order order, String issuedBy, Instant at);

	/**
	 * The unit's answer; only an open 督办, only by someone of the unit (or one the loop allows).
	 *
	 * @throws org.zhili.platform.ApiProblem 404, 403 {@code not_your_supervision}, 409 {@code not_open}, 400
	 */
	Supervision answer(long id, Actor by, String reply);

	/** An answer given at {@code at} in a history being loaded (the demo's): recorded as it was, not checked. */
	void answered(long id, String by, String reply, Instant at);

	/** The item ended: its open 督办 close without an answer and their clocks stop. */
	void closeAll(String loop, long itemId, Instant at);

	/** Which of these items of the loop ever had a 督办 (one query, for a list's or a report's counts). */
	java.util.Set<Long> supervised(String loop, java.util.Collection<Long> itemIds);

	/** Every 督办 of an item, oldest first. */
	List<Supervision> of(String loop, long itemId);

	/** One 督办, if the reader may see it (the supervision office sees all, a unit its own). */
	Supervision get(long id, Actor reader);

	/** 督办 the reader may see, newest first. */
	List<Supervision> list(Actor reader, Query query);

	/** The supervision office's unit, told of every escalation (a loop may tell it more). */
	String office();

	/** The loop's name for a level (提醒, 催办, 黄牌督办…). */
	String label(String loop, SupervisionLevel level);
}
