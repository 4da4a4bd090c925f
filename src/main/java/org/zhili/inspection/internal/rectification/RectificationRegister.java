package org.zhili.inspection.internal.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Facts;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Party;
import org.zhili.process.Journal;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Workflow;

import static org.zhili.inspection.internal.rectification.RectificationWorkflow.WORKFLOW;

/**
 * The rectifications as their readers see them — each reader those they may see ({@link RectificationAccess}) —
 * and the loop's public face: its steps are {@link RectificationSteps}'.
 */
@Service
@Transactional
public class RectificationRegister implements Rectifications {

	static final int MAX_LIST = 2000;

	private final RectificationStore store;
	private final RectificationAccess access;
	private final RectificationViews views;
	private final RectificationSteps steps;
	private final Supervisions supervisions;
	private final Journal journal;
	private final Photos photos;

	RectificationRegister(RectificationStore store, RectificationAccess access, RectificationViews views,
			RectificationSteps steps, Supervisions supervisions, Journal journal, Photos photos) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.steps = steps;
		this.supervisions = supervisions;
		this.journal = journal;
		this.photos = photos;
	}

	// ---- steps -----------------------------------------------------------------------------------------

	@Override
	public Rectification open(Order order, String by, Instant at) {
		return steps.open(order, null, null, by, at);
	}

	@Override
	public Rectification report(long id, String note, Actor by, Instant at) {
		return steps.report(id, note, List.of(), by, at);
	}

	@Override
	public Rectification recheck(long id, Recheck recheck, Actor by, Instant at) {
		return steps.recheck(id, recheck.passed(), recheck.onSite(), recheck.note(), recheck.due(), List.of(), by, at);
	}

	// ---- reading ---------------------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public List<Rectification> ofSource(String sourceLoop, long sourceId) {
		LocalDate today = views.today();
		return store.ofSource(sourceLoop, sourceId).stream().map(r -> views.view(r, today)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Rectification get(long id, Actor reader) {
		return views.view(access.visible(store.find(id), reader), views.today());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rectification> list(Query query, Actor reader) {
		LocalDate today = views.today();
		Query q = new Query(query.state(), query.severity(), query.streetCode(), query.overdue(), query.sourceLoop(),
				Math.max(1, Math.min(query.limit(), MAX_LIST)));
		return store.list(q, access.visibility(reader), today).stream().map(r -> views.view(r, today)).toList();
	}

	/** The list as the list page and the API show it: with numbers and street names. */
	@Transactional(readOnly = true)
	public List<RectificationLine> lines(Query query, Actor reader) {
		return views.lines(list(query, reader));
	}

	/** Rectifications by id, whoever reads (for the loops that opened them: a campaign's ledger). */
	@Transactional(readOnly = true)
	public Map<Long, Rectification> byIds(Collection<Long> ids) {
		LocalDate today = views.today();
		Map<Long, Rectification> all = new HashMap<>();
		store.byIds(ids).forEach(r -> all.put(r.id(), views.view(r, today)));
		return all;
	}

	/** The last 复查's result as people read it, by id (for the ledger). */
	@Transactional(readOnly = true)
	public Map<Long, String> rechecks(Collection<Long> ids) {
		Map<Long, String> all = new HashMap<>();
		store.byIds(ids).forEach(r -> {
			if (r.recheckPassed() != null) {
				all.put(r.id(), RectificationViews.recheckText(r));
			}
		});
		return all;
	}

	/** One rectification with everything its page shows, if the reader may see it. */
	@Transactional(readOnly = true)
	public RectificationDetail detail(long id, Actor reader) {
		RectificationStore.Row r = access.visible(store.find(id), reader);
		Set<Party> parties = access.parties(r, reader);
		List<String> actions = WORKFLOW.allowed(new Facts(r.state(), r.major()), parties).stream().map(Workflow::path).toList();
		List<RectificationDetail.PhotoView> photoViews = photos.of(LOOP, id).stream()
			.map(p -> new RectificationDetail.PhotoView(p.id(), p.fileName(), p.step(), p.uploadedBy(), p.uploadedAt(),
					"/api/v1/photos/" + LOOP + "/" + id + "/" + p.id()))
			.toList();
		return new RectificationDetail(views.view(r, views.today()), RectificationViews.number(r),
				views.unitName(r.streetCode()), r.rounds(), r.openedBy(), r.reportedBy(), r.reportNote(), r.recheckedAt(),
				r.recheckedBy(), r.recheckPassed() == null ? null : RectificationViews.recheckText(r), r.recheckNote(),
				r.major(), actions, journal.timeline(LOOP, id), photoViews, supervisions.of(LOOP, id));
	}

	/** Whether the reader may see the rectification (and so its photos, which the kit serves). */
	@Transactional(readOnly = true)
	public boolean maySee(long id, Actor reader) {
		return store.find(id).filter(r -> access.sees(r, reader)).isPresent();
	}

	/** The timeline, for a reader who may see the rectification. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(long id, Actor reader) {
		access.visible(store.find(id), reader);
		return journal.timeline(LOOP, id);
	}
}
