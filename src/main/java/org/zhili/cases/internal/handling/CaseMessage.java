package org.zhili.cases.internal.handling;

import java.time.Instant;

import org.zhili.process.Inbox;

/** What the cases loop tells a unit through the process kit's inbox: new work, whistles, 催办, escalations (督办 are the kit's). */
public enum CaseMessage {

	ASSIGNED("新派单"), WHISTLED("吹哨"), APPROVAL("待审批"), REVIEW("待审核"), REWORK("返工"), REMINDER("催办"),
	ESCALATION("超期"), PAIRED("包联企业");

	static final String LOOP = "case";

	private final String label;

	CaseMessage(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	public Inbox.Message to(String unitCode, long caseId, String trackingNumber, String text, Instant at) {
		return new Inbox.Message(LOOP, caseId, trackingNumber, link(caseId), unitCode, name(), label, text, at, null);
	}

	/** A case's page. */
	static String link(long caseId) {
		return "/cases/" + caseId;
	}
}
