package org.zhili.opinion.internal;

import java.time.Instant;
import java.util.List;

import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.routing.HotSpotsView;

/** What the API and pages show of signals. */
final class SignalViews {

	/** A signal in a list. */
	record SignalLine(long id, String ref, String title, String source, String sourceLabel, Instant firstSeen,
			String reachLevel, String reachLabel, String sentiment, String sentimentLabel, String streetName,
			String categoryName, String state, String stateLabel, String verifyUnitName, Instant due, boolean overdue,
			String outcomeLabel, String link) {
	}

	/**
	 * One signal with what may be done to it now.
	 *
	 * @param suggestedSentiment what the lexicon read in the text; {@code sentimentWords} the words it found
	 * @param actions the actions the reader may take now, as paths ({@code assign}, {@code verify}…)
	 * @param topic the 12345 hot spot on the same topic and the other signals on it, or {@code null}
	 */
	record SignalDetail(SignalLine line, String link, String content, int reads, int shares, int comments,
			String suggestedSentiment, String suggestedSentimentLabel, List<String> sentimentWords, String streetCode,
			String communityCode, String communityName, String unitCode, String unitName, String categoryCode,
			String address, String verifyUnit, String finding, String closure, String closureLabel, Long caseId,
			String caseRef, Long petitionId, String petitionRef, String reply, Instant replyPublishedAt,
			String registeredBy, Instant registeredAt, List<String> actions, List<TimelineEntry> timeline,
			List<Links.Link> links, List<Supervisions.Supervision> supervisions, Topic topic) {
	}

	/** Signals about one street and first-level category, with the open hot spot of 12345 on it, if any. */
	record Topic(String streetCode, String streetName, String categoryCode, String categoryName, int signals,
			int negative, List<HotSpotsView.OpenHotSpot> hotSpots, List<SignalLine> items) {
	}

	/** A published reply as everyone may read it: no names, no contacts, no links to the post. */
	record PublicReply(String ref, String title, String sourceLabel, String areaName, Instant firstSeen,
			String outcomeLabel, String reply, Instant publishedAt) {
	}

	private SignalViews() {
	}
}
