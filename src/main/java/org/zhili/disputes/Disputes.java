package org.zhili.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.process.Labelled;

/**
 * 矛盾纠纷 mediation for other modules: the loop's name on the kit, the words a dispute is described in, and the
 * loading of a history (the demo's year at the centres), recorded as it happened.
 */
public interface Disputes {

	/** The loop's name on the kit (clocks, journal, links, dossier, exports). */
	String LOOP = "dispute";

	/** 风险等级: 高 is a dispute that may turn criminal (民转刑) or into a group incident. */
	enum Risk implements Labelled {
		LOW("低"), MEDIUM("中"), HIGH("高");

		private final String label;

		Risk(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	enum PartyRole implements Labelled {
		APPLICANT("申请人"), RESPONDENT("被申请人");

		private final String label;

		PartyRole(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Where a failed mediation is referred: the parties are told where to go next (诉调对接、访调对接). */
	enum Referral implements Labelled {
		COURT("诉讼"), ARBITRATION("仲裁"), PETITION("信访");

		private final String label;

		Referral(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What the 履行回访 found of the agreement. */
	enum Performance implements Labelled {
		PERFORMED("已履行"), PARTLY("部分履行"), NOT_PERFORMED("未履行");

		private final String label;

		Performance(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** How a past mediation ended; {@code null} in a {@link Past} for one still under way. */
	enum Ending {
		AGREED, FAILED, WITHDRAWN, TERMINATED
	}

	/** A party in clear; stored encrypted. */
	record Party(PartyRole role, String name, String phone, String idNumber) {
	}

	/** A mediation session. */
	record Session(LocalDate heldOn, String attendees, String minutes) {
	}

	/**
	 * A dispute of a history being loaded, with what became of it.
	 *
	 * @param typeCode one of {@code zhili.disputes.types}
	 * @param originCaseId the 12345 case it was opened from, or {@code null}
	 * @param mediator the account (or roster name) of the lead mediator; {@code null} while it waits for acceptance
	 * @param ending how it ended, or {@code null} while under way
	 * @param terms the agreement's terms, when {@code AGREED}
	 * @param performanceDue the day by which it is to be performed, when {@code AGREED}
	 * @param performance the 回访's finding, or {@code null} when not yet followed up
	 * @param referral where a {@code FAILED} one was referred (信访 registers a petition, now)
	 */
	record Past(String typeCode, String title, String description, BigDecimal amount, Risk risk, boolean crossStreet,
			String address, String streetCode, List<Party> parties, Long originCaseId, String registeredBy,
			Instant registeredAt, String mediator, Instant acceptedAt, List<Session> sessions, Ending ending,
			Instant endedAt, String outcomeNote, String terms, LocalDate performanceDue, Performance performance,
			Instant followedUpAt, Referral referral) {
	}

	/** A mediator of a centre on the roster (an account's user name, or a roster name for one without an account). */
	record Mediator(String username, String name, String centreCode) {
	}

	/** Puts mediators on their centres' rosters (again: their name and centre are updated). */
	void enrol(List<Mediator> mediators);

	/** Records a past dispute as it happened (no events are published, no messages sent); answers its id. */
	long load(Past past);

	/** Whether any dispute is recorded. */
	boolean any();
}
