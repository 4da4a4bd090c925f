package org.zhili.routing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseDispatched;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseReturned;
import org.zhili.cases.CasesImported;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseView;
import org.zhili.cases.CasesRegistered;
import org.zhili.cases.Channel;
import org.zhili.routing.internal.model.RoutingModel;

/**
 * What routing does when cases move: indexes and classifies a new case, looks for the open cases it repeats
 * and dispatches it when its category allows; learns from dispatches (a changed category is a correction, a
 * dispatch after a return is a lesson too), returns and closed cases.
 */
@Component
class CaseListeners {

	private static final Logger log = LoggerFactory.getLogger(CaseListeners.class);

	private final CaseDirectory directory;
	private final CaseIndex index;
	private final Classifier classifier;
	private final CategoryTree categories;
	private final Duplicates duplicates;
	private final AutoDispatch autoDispatch;
	private final TrainingExamples examples;
	private final SystemActor system;
	private final Models models;
	private final Clock clock;
	private final ObjectProvider<IndexBackfill> backfill;
	private final RoutingQueue queue;

	CaseListeners(CaseDirectory directory, CaseIndex index, Classifier classifier, CategoryTree categories,
			Duplicates duplicates, AutoDispatch autoDispatch, TrainingExamples examples, SystemActor system,
			Models models, Clock clock, ObjectProvider<IndexBackfill> backfill, RoutingQueue queue) {
		this.directory = directory;
		this.index = index;
		this.classifier = classifier;
		this.categories = categories;
		this.duplicates = duplicates;
		this.autoDispatch = autoDispatch;
		this.examples = examples;
		this.system = system;
		this.models = models;
		this.clock = clock;
		this.backfill = backfill;
		this.queue = queue;
	}

	/**
	 * The cases committed together join routing's queue, in one write, in the transaction that registers them: the
	 * queue is routing's outbox, so a registered case is queued or not registered at all, and its routing never waits
	 * behind other modules' listeners on the shared event thread. Routing's own consumers take the cases from there
	 * in batches ({@link RoutingConsumers}), and the backlog can be counted.
	 */
	@EventListener
	void on(CasesRegistered event) {
		queue.add(event.cases());
	}

	/**
	 * Routes a batch taken from the queue, in the caller's transaction: every case classified and indexed (one
	 * write), compared with the open cases before it (one read of their neighbourhoods for the whole batch) and
	 * dispatched when its category allows. Each step is safe to repeat. The queued registration carries the text
	 * and place: nothing is read back from the cases module.
	 */
	void route(List<CaseRegistered> batch) {
		List<CaseRegistered> cases = new ArrayList<>(batch.size());
		for (CaseRegistered kase : batch) {
			if (kase.withoutText()) {
				// stored by an earlier version, without the text, and handed over again on restart
				directory.find(kase.caseId(), system.get()).map(CaseListeners::registration).ifPresent(cases::add);
			}
			else {
				cases.add(kase);
			}
		}
		List<Classified> classified = new ArrayList<>(cases.size());
		for (CaseRegistered kase : cases) {
			Classified c = classified(kase);
			if (c != null) {
				classified.add(c);
			}
		}
		Set<Long> added = index.insertRegistered(classified);
		List<Duplicates.Arrival> arrivals = new ArrayList<>();
		for (Classified c : classified) {
			CaseRegistered kase = c.kase();
			if (added.contains(kase.caseId())) {
				arrivals.add(new Duplicates.Arrival(kase.caseId(), new Duplicates.Probe(c.text(), kase.lng(), kase.lat(),
						kase.gridCode(), kase.communityCode()), kase.registeredAt()));
			}
			else {
				// indexed before (a batch handed over again): compare it as it was recorded
				index.find(kase.caseId()).ifPresent(duplicates::registered);
			}
		}
		duplicates.registered(arrivals);
		for (Classified c : classified) {
			if (c.kase().state() == CaseState.REGISTERED) {
				autoDispatch.consider(c.kase(), c.prediction());
			}
		}
	}

	/** A case as read from the directory, in the shape of its registration. */
	static CaseRegistered registration(CaseView c) {
		CaseView.Territory t = c.territory();
		return new CaseRegistered(c.id(), c.trackingNumber(), c.category() == null ? null : c.category().code(),
				t == null || t.street() == null ? null : t.street().code(), Channel.valueOf(c.channel().code()), c.title(),
				c.description(), t == null || t.community() == null ? null : t.community().code(),
				t == null || t.grid() == null ? null : t.grid().code(), c.location() == null ? null : c.location().lng(),
				c.location() == null ? null : c.location().lat(), c.registeredAt(), CaseState.valueOf(c.state().code()),
				c.version());
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		CaseIndex.Entry entry = ensureIndexed(event.caseId());
		if (entry == null) {
			return;
		}
		String top = categories.topOf(event.categoryCode()).map(CaseDirectory.Category::code).orElse(null);
		String previous = entry.topCategory();
		if (top != null && previous != null && !top.equals(previous)) {
			examples.record(entry.caseId(), TrainingExamples.Source.CORRECTION, entry.title(), entry.text(), nameOf(top),
					nameOf(previous), clock.instant());
		}
		else if (top != null && entry.returnedSinceDispatch()) {
			examples.record(entry.caseId(), TrainingExamples.Source.RETURN, entry.title(), entry.text(), nameOf(top), null,
					clock.instant());
		}
		index.dispatched(entry.caseId(), event.categoryCode(), top, event.leadUnitCode(), clock.instant());
	}

	/**
	 * Imported cases join the index. Those imported before the start-up rebuild (the demo's) are the rebuild's to
	 * index: it reads the whole history anyway.
	 */
	@ApplicationModuleListener
	void on(CasesImported event) {
		if (backfill.getObject().lastRun() != null) {
			index.missing(event.caseIds()).forEach(this::ensureIndexed);
		}
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		if (ensureIndexed(event.caseId()) != null) {
			index.returned(event.caseId());
		}
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		CaseIndex.Entry entry = ensureIndexed(event.caseId());
		if (entry == null) {
			return;
		}
		index.ended(entry.caseId(), event.state().name(), clock.instant());
		duplicates.forget(entry.caseId());
		if (event.state() == CaseState.CLOSED && entry.categoryCode() != null && entry.topCategory() != null) {
			examples.record(entry.caseId(), TrainingExamples.Source.CLOSED, entry.title(), entry.text(),
					nameOf(entry.topCategory()), null, clock.instant());
		}
	}

	/** The index entry of a case, made now if the case's registration has not been handled yet. */
	private CaseIndex.Entry ensureIndexed(long caseId) {
		Optional<CaseIndex.Entry> entry = index.find(caseId);
		if (entry.isPresent()) {
			return entry.get();
		}
		// still queued: routed now from its registration (its category as registered, so a change at dispatch is
		// seen as a correction); held by a consumer: indexed once the consumer commits
		route(queue.remove(caseId));
		entry = index.find(caseId);
		if (entry.isPresent()) {
			return entry.get();
		}
		// neither indexed nor queued (an event stored by an earlier version, handed over again): read it
		directory.find(caseId, system.get()).map(CaseListeners::registration).map(this::classified)
			.ifPresent(c -> index.insertRegistered(List.of(c)));
		return index.find(caseId).orElse(null);
	}

	/** A case with the model's reading of it, ready to be indexed. */
	record Classified(CaseRegistered kase, String text, RoutingModel.Prediction prediction, String topCategory,
			String predictedLabel, String modelVersion) {
	}

	/** Classifies a case; {@code null} when it has no text to read. */
	private Classified classified(CaseRegistered kase) {
		String text = CaseIndex.textOf(kase.title(), kase.description());
		if (text.isBlank()) {
			log.debug("case {} has no text to classify", kase.trackingNumber());
			return null;
		}
		RoutingModel model = models.current();
		RoutingModel.Prediction prediction = classifier.predict(Classifier.titleOf(text), text);
		String predicted = model.labels().get(prediction.best());
		String top = kase.categoryCode() != null
				? categories.topOf(kase.categoryCode()).map(CaseDirectory.Category::code).orElse(null)
				: categories.byName(predicted).map(CaseDirectory.Category::code).orElse(null);
		return new Classified(kase, text, prediction, top, predicted, model.info().version());
	}

	private String nameOf(String topCode) {
		return categories.byCode(topCode).map(CaseDirectory.Category::name).orElse(topCode);
	}
}
