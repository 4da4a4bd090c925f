package org.zhili.urban.internal.cases;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhili.process.Inbox;
import org.zhili.urban.UrbanCases;

/** What a unit hears of its urban cases, in the kit's inbox. */
@Component
class UrbanCaseNotices {

	/** An inbox message holds 300 characters. */
	private static final int MESSAGE_LENGTH = 300;

	private final Inbox inbox;

	UrbanCaseNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	void tell(UrbanCaseStore.Row r, String unit, String kind, String kindLabel, String text, Instant at) {
		tell(r, unit, kind, kindLabel, text, at, null);
	}

	void tell(UrbanCaseStore.Row r, String unit, String kind, String kindLabel, String text, Instant at, String dedupeKey) {
		if (unit == null) {
			return;
		}
		inbox.post(new Inbox.Message(UrbanCases.LOOP, r.id(), r.reference(), UrbanCaseViews.link(r.id()), unit, kind,
				kindLabel, fit(text), at, dedupeKey));
	}

	private static String fit(String text) {
		return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
	}
}
