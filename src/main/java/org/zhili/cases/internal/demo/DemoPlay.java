package org.zhili.cases.internal.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.Light;
import org.zhili.cases.internal.handling.CaseClocks;
import org.zhili.cases.internal.handling.CaseMessage;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.process.Supervisions;

/**
 * One demo case as it was played: the case as it stands at the end, every timeline row, the messages sent
 * to units, and the deadline alarms not yet gone off.
 */
final class DemoPlay {

	/** A timeline row, as {@link CaseEvents} would have written it. */
	record Row(long caseId, int round, CaseAction action, CaseState from, CaseState to, String actor, String actorUnit,
			String unitCode, Instant at, String note, Light light, String detail) {
	}

	/** A message to a unit's inbox. */
	record Note(String unitCode, CaseMessage kind, String text, Instant at) {
	}

	/** A 督办 as a step issued it. */
	record Issued(Supervisions.Order order, String by, Instant at) {
	}

	final CaseRecord kase;
	final List<Row> rows = new ArrayList<>();
	final List<Note> notes = new ArrayList<>();
	/** 督办 issued, for the kit. */
	final List<Issued> supervisions = new ArrayList<>();
	/** Alarms set and not yet gone off, with when they go off. */
	final Map<CaseClocks.Alarm, Instant> alarms = new LinkedHashMap<>();
	/** When the last step happened: nothing happens to the case before it any more. */
	Instant last;
	/** How often the stored case was updated (its version). */
	int version;
	/** The requester's name and phone as stored: encrypted, and the phone's blind index. */
	String storedName;
	String storedPhone;
	String phoneIndex;

	DemoPlay(CaseRecord kase) {
		this.kase = kase;
	}

	/** The round and state the case had at an instant (from its timeline). */
	Row lastRowAt(Instant at) {
		Row last = null;
		for (Row r : rows) {
			if (!r.at().isAfter(at)) {
				last = r;
			}
		}
		return last;
	}
}
