package org.zhili.process;

import java.time.Instant;

/**
 * 社区准入清单: the one check every loop makes before it gives work to a community. Work on the district's list of
 * 社区工作事项 goes to the community at once; other work waits for the 社区治理 office's approval, and the loop
 * assigns it only when {@link CommunityAssignmentDecided} says it was approved. Work for a unit that is not a
 * community is not checked. Every community assignment is counted for the report of work pushed down anyway.
 */
public interface CommunityAdmission {

	/** Whether the community leads the item or helps with it. */
	enum Role {
		LEAD, CO
	}

	/**
	 * Work a loop means to give a unit.
	 *
	 * @param loop the loop ({@code plan-task}); {@code itemId} its item, {@code itemRef} what people call it
	 * @param link the item's page, or {@code null}
	 * @param title what the work is, matched against the list when {@code listItemId} is not given
	 * @param unitCode the unit to be given the work (only a community is checked)
	 * @param assigningUnit the unit giving it (for the report), or {@code null}
	 * @param listItemId the 准入清单 item the assigning unit says the work is, or {@code null} to match by title
	 * @param reason why the work must go to the community, for the approver (when off the list)
	 */
	record Assignment(String loop, long itemId, String itemRef, String link, String title, String unitCode, Role role,
			String assigningUnit, Long listItemId, String reason, String requestedBy) {
	}

	/** What became of an assignment. */
	enum Verdict {
		/** not a community: assign at once, nothing recorded */
		NOT_A_COMMUNITY,
		/** on the list: assign at once */
		LISTED,
		/** off the list: wait for approval */
		PENDING
	}

	/**
	 * @param requestId the recorded assignment (for a community), else {@code null}
	 * @param listItem the 准入清单 item it matched, or {@code null}
	 */
	record Answer(Verdict verdict, Long requestId, String listItem) {

		/** Whether the loop gives the work to the unit now. */
		public boolean assignNow() {
			return verdict != Verdict.PENDING;
		}
	}

	/**
	 * Checks the assignment and records it when it concerns a community; in the caller's transaction.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming {@code listItemId} when it is not an item of the list
	 */
	Answer check(Assignment assignment, Instant at);
}
