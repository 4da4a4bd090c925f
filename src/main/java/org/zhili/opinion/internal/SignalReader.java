package org.zhili.opinion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.opinion.Signals;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Workflow;
import org.zhili.routing.HotSpotsView;

import org.zhili.opinion.internal.SignalViews.SignalDetail;
import org.zhili.opinion.internal.SignalViews.SignalLine;
import org.zhili.opinion.internal.SignalViews.Topic;

/** Signals as a reader may see them: lists, one signal with its timeline, links and topic, the timeline alone. */
@Service
@Transactional(readOnly = true)
class SignalReader {

	private final SignalStore store;
	private final SignalAccess access;
	private final SignalRegistry registry;
	private final SignalClocks clocks;
	private final OpinionProperties properties;
	private final Journal journal;
	private final Links links;
	private final Supervisions supervisions;
	private final HotSpotsView hotSpots;
	private final SentimentLexicon lexicon;

	SignalReader(SignalStore store, SignalAccess access, SignalRegistry registry, SignalClocks clocks,
			OpinionProperties properties, Journal journal, Links links, Supervisions supervisions, HotSpotsView hotSpots,
			SentimentLexicon lexicon) {
		this.store = store;
		this.access = access;
		this.registry = registry;
		this.clocks = clocks;
		this.properties = properties;
		this.journal = journal;
		this.links = links;
		this.supervisions = supervisions;
		this.hotSpots = hotSpots;
		this.lexicon = lexicon;
	}

	List<SignalLine> list(Actor reader, SignalWorkflow.State state, String source, int limit) {
		Map<String, CaseDirectory.Category> categories = registry.categories();
		return store.list(access.visibility(reader), state, source, Math.max(1, Math.min(limit, 2000))).stream()
			.map(r -> line(r, categories))
			.toList();
	}

	SignalDetail detail(long id, Actor reader) {
		SignalStore.Row r = access.visible(reader, store.find(id));
		Map<String, CaseDirectory.Category> categories = registry.categories();
		List<String> actions = SignalWorkflow.WORKFLOW.allowed(new SignalWorkflow.Facts(r.state()), access.parties(reader, r))
			.stream()
			.map(Workflow::path)
			.toList();
		var reading = lexicon.read(r.title() + "\n" + (r.content() == null ? "" : r.content()));
		return new SignalDetail(line(r, categories), r.link(), r.content(), r.reads(), r.shares(), r.comments(),
				r.suggested().name(), r.suggested().label(), reading.words(), r.streetCode(), r.communityCode(),
				registry.unitName(r.communityCode()), r.unitCode(), registry.unitName(r.unitCode()), r.categoryCode(),
				r.address(), r.verifyUnit(), r.finding(), r.closure() == null ? null : r.closure().name(),
				r.closure() == null ? null : r.closure().label(), r.caseId(), r.caseRef(), r.petitionId(), r.petitionRef(),
				r.reply(), r.replyPublishedAt(), r.registeredBy(), r.registeredAt(), actions, journal.timeline(Signals.LOOP, id),
				links.of(Signals.LOOP, id), supervisions.of(Signals.LOOP, id), topicOf(r, reader, categories));
	}

	/**
	 * The topics of the window up to now: the reader's signals grouped by street and first-level category, each with
	 * the open 12345 hot spots on it; topics with a hot spot first, then by how many signals.
	 */
	List<Topic> topics(Actor reader) {
		Map<String, CaseDirectory.Category> categories = registry.categories();
		Instant now = registry.now();
		Instant since = now.atZone(ChinaTime.ZONE).minus(properties.topicWindow()).toInstant();
		Map<String, List<SignalStore.Row>> groups = new java.util.LinkedHashMap<>();
		for (SignalStore.Row r : store.since(access.visibility(reader), since)) {
			if (r.streetCode() != null && r.topCategory() != null) {
				groups.computeIfAbsent(r.streetCode() + "|" + r.topCategory(), k -> new java.util.ArrayList<>()).add(r);
			}
		}
		List<HotSpotsView.OpenHotSpot> spots = hotSpots.open(LocalDate.ofInstant(since, ChinaTime.ZONE));
		return groups.entrySet().stream().map(e -> {
			String[] key = e.getKey().split("\\|");
			List<HotSpotsView.OpenHotSpot> on = spots.stream()
				.filter(h -> key[0].equals(h.streetCode()) && key[1].equals(h.categoryCode()))
				.toList();
			return topic(key[0], key[1], e.getValue(), on, categories);
		})
			.sorted(java.util.Comparator.comparing((Topic t) -> t.hotSpots().isEmpty()).thenComparing(Topic::signals,
					java.util.Comparator.reverseOrder()))
			.toList();
	}

	List<Links.Link> links(long id, Actor reader) {
		access.visible(reader, store.find(id));
		return links.of(Signals.LOOP, id);
	}

	List<TimelineEntry> timeline(long id, Actor reader) {
		access.visible(reader, store.find(id));
		return journal.timeline(Signals.LOOP, id);
	}

	/**
	 * The topic of a signal: the other signals about its street and first-level category within the window, and the
	 * open 12345 hot spots on it (in its community, or anywhere in its street when it names none); {@code null} when the
	 * signal has no street or category.
	 */
	Topic topicOf(SignalStore.Row r, Actor reader, Map<String, CaseDirectory.Category> categories) {
		if (r.streetCode() == null || r.topCategory() == null) {
			return null;
		}
		Instant since = r.firstSeen().atZone(ChinaTime.ZONE).minus(properties.topicWindow()).toInstant();
		List<SignalStore.Row> rows = store.onTopic(access.visibility(reader), r.streetCode(), r.topCategory(), since);
		LocalDate from = LocalDate.ofInstant(r.firstSeen(), ChinaTime.ZONE).minus(properties.topicWindow());
		List<HotSpotsView.OpenHotSpot> spots = hotSpots.open(from).stream()
			.filter(h -> h.categoryCode().equals(r.topCategory()))
			.filter(h -> r.communityCode() != null ? r.communityCode().equals(h.areaCode())
					: r.streetCode().equals(h.streetCode()))
			.toList();
		return topic(r.streetCode(), r.topCategory(), rows, spots, categories);
	}

	Topic topic(String street, String top, List<SignalStore.Row> rows, List<HotSpotsView.OpenHotSpot> spots,
			Map<String, CaseDirectory.Category> categories) {
		CaseDirectory.Category c = categories.get(top);
		return new Topic(street, registry.unitName(street), top, c == null ? top : c.name(), rows.size(),
				(int) rows.stream().filter(x -> x.sentiment() == org.zhili.opinion.SignalSentiment.NEGATIVE).count(), spots,
				rows.stream().map(x -> line(x, categories)).toList());
	}

	SignalLine line(SignalStore.Row r, Map<String, CaseDirectory.Category> categories) {
		Instant due = clocks.running(r.id(), r.state()).map(Clocks.Running::deadline).map(d -> d.due()).orElse(null);
		CaseDirectory.Category c = r.categoryCode() == null ? null : categories.get(r.categoryCode());
		return new SignalLine(r.id(), r.ref(), r.title(), r.source(), properties.sourceLabel(r.source()), r.firstSeen(),
				r.reachLevel(), properties.reachLabel(r.reachLevel()), r.sentiment().name(), r.sentiment().label(),
				registry.unitName(r.streetCode()), c == null ? null : c.name(), r.state().name(), r.state().label(),
				registry.unitName(r.verifyUnit()), due, due != null && registry.now().isAfter(due), outcome(r),
				SignalSteps.page(r.id()));
	}

	static String outcome(SignalStore.Row r) {
		return switch (r.state()) {
			case CLOSED -> r.closure() == null ? "已办结" : r.closure().label();
			case CASE -> "转工单 " + r.caseRef();
			case PETITION -> "转信访 " + r.petitionRef();
			default -> null;
		};
	}

	/** The published replies, without the post's link, its text or anyone's name. */
	List<SignalViews.PublicReply> publicReplies(int limit) {
		return store.published(limit).stream()
			.map(r -> new SignalViews.PublicReply(r.ref(), r.title(), properties.sourceLabel(r.source()),
					registry.unitName(r.communityCode() != null ? r.communityCode() : r.streetCode()), r.firstSeen(),
					SignalReader.outcome(r) == null ? r.state().label() : publicOutcome(r), r.reply(), r.replyPublishedAt()))
			.toList();
	}

	private static String publicOutcome(SignalStore.Row r) {
		return switch (r.state()) {
			case CASE -> "已转12345办理";
			case PETITION -> "已转信访办理";
			default -> SignalReader.outcome(r);
		};
	}
}
