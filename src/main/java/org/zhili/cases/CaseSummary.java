package org.zhili.cases;

import java.time.Instant;

/** A case in a list: enough to find it and see how it stands. */
public record CaseSummary(long id, String trackingNumber, int round, CaseView.State state, CaseView.Labelled pending,
		CaseView.Labelled type, CaseView.Labelled channel, CaseView.CategoryRef category, CaseView.Labelled urgency,
		String title, String address, CaseView.Unit street, CaseView.Unit leadUnit, Instant registeredAt, Instant dueAt,
		CaseView.Labelled light, CaseView.Labelled supervision, int returnCount, CaseView.Labelled satisfaction) {
}
