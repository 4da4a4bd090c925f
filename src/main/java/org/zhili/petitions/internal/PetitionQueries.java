package org.zhili.petitions.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.petitions.Petitions;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Workflow;

import static org.zhili.petitions.internal.PetitionRegistration.LOOP;

/** Reading petitions, always through {@link PetitionAccess}: lists, the page, the timeline, other doors' summary. */
@Service
@Transactional(readOnly = true)
public class PetitionQueries {

	private final PetitionStore store;
	private final PetitionAccess access;
	private final PetitionViews views;
	private final Journal journal;
	private final Links links;
	private final Supervisions supervisions;

	PetitionQueries(PetitionStore store, PetitionAccess access, PetitionViews views, Journal journal, Links links,
			Supervisions supervisions) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.journal = journal;
		this.links = links;
		this.supervisions = supervisions;
	}

	List<PetitionViews.Line> lines(PetitionStore.Filter filter, Actor reader) {
		return rows(filter, reader).stream().map(r -> views.line(r, reader)).toList();
	}

	List<PetitionStore.Row> rows(PetitionStore.Filter filter, Actor reader) {
		return store.list(filter, access.visibility(reader));
	}

	PetitionStore.Row row(long id, Actor reader) {
		return access.visible(store.find(id), reader);
	}

	PetitionViews.Detail detail(long id, Actor reader) {
		PetitionStore.Row r = row(id, reader);
		List<String> actions = PetitionWorkflow.WORKFLOW.allowed(r.facts(), access.parties(r, reader)).stream()
			.map(Workflow::path).toList();
		String repeatOf = r.repeatOf() == null ? null : store.find(r.repeatOf()).map(PetitionStore.Row::trackingNumber).orElse(null);
		return views.detail(r, reader, actions, journal.timeline(LOOP, id), links.of(LOOP, id),
				supervisions.of(LOOP, id), repeatOf);
	}

	List<TimelineEntry> timeline(long id, Actor reader) {
		row(id, reader);
		return journal.timeline(LOOP, id);
	}

	Optional<Petitions.Summary> summary(long id, Actor reader) {
		return store.find(id).filter(r -> access.sees(r, reader)).map(r -> new Petitions.Summary(r.id(),
				r.trackingNumber(), r.title(), r.content(), r.kind() == null ? "待分类" : r.kind().label(),
				r.state().label(), r.address(), r.streetCode(), PetitionViews.link(r.id())));
	}
}
