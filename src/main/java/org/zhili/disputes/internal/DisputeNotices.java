package org.zhili.disputes.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhili.disputes.Disputes;
import org.zhili.process.Inbox;

/** What a centre hears of its disputes, in the kit's inbox. */
@Component
class DisputeNotices {

	/** An inbox message holds 300 characters. */
	private static final int MESSAGE_LENGTH = 300;

	private final Inbox inbox;

	DisputeNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	void tell(DisputeStore.Row r, String unit, String kind, String kindLabel, String text, Instant at) {
		tell(r, unit, kind, kindLabel, text, at, null);
	}

	/** @param dedupeKey told once per key (a clock's warning for one deadline), or {@code null} */
	void tell(DisputeStore.Row r, String unit, String kind, String kindLabel, String text, Instant at, String dedupeKey) {
		inbox.post(new Inbox.Message(Disputes.LOOP, r.id(), r.reference(), DisputeViews.link(r.id()), unit, kind,
				kindLabel, fit(text), at, dedupeKey));
	}

	private static String fit(String text) {
		return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
	}
}
