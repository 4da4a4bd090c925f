package org.zhili.inspection.internal.rectification;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhili.process.Inbox;

import static org.zhili.inspection.Rectifications.LOOP;
import static org.zhili.inspection.internal.rectification.RectificationViews.link;
import static org.zhili.inspection.internal.rectification.RectificationViews.number;

/** What the units hear of a rectification, in the kit's inbox: the rectifying unit, or one following it through. */
@Component
class RectificationNotices {

	/** An inbox message holds 300 characters. */
	private static final int MESSAGE_LENGTH = 300;

	private final Inbox inbox;

	RectificationNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	void tell(RectificationStore.Row r, String kind, String kindLabel, String text, Instant at) {
		tell(r, r.unitCode(), kind, kindLabel, text, at);
	}

	void tell(RectificationStore.Row r, String unit, String kind, String kindLabel, String text, Instant at) {
		inbox.post(new Inbox.Message(LOOP, r.id(), number(r), link(r.id()), unit, kind, kindLabel, fit(text), at, null));
	}

	/** The deadline is near: told once per deadline (a failed 复查 sets a new one). */
	void deadlineNear(RectificationStore.Row r, Instant at) {
		inbox.post(new Inbox.Message(LOOP, r.id(), number(r), link(r.id()), r.unitCode(), "DEADLINE", "整改临期",
				"整改期限将至（" + r.due() + "）：" + r.place() + "，" + r.problem(), at,
				"rectification-warn-" + r.id() + "-" + r.due()));
	}

	private static String fit(String text) {
		return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
	}
}
