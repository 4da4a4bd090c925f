package org.zhili.routing.internal;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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

	CaseListeners(CaseDirectory directory, CaseIndex index, Classifier classifier, CategoryTree categories,
			Duplicates duplicates, AutoDispatch autoDispatch, TrainingExamples examples, SystemActor system,
			Models models, Clock clock, ObjectProvider<IndexBackfill> backfill) {
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
	}

	/**
	 * The cases committed together, handled in one transaction of routing's own. If one of them fails, none is
	 * recorded and the whole publication is handed over again (on restart); each step below is safe to repeat. The
	 * event carries each case's text and place: nothing is read back from the cases module.
	 */
	@ApplicationModuleListener
	void on(CasesRegistered event) {
		event.cases().forEach(this::registered);
	}

	private void registered(CaseRegistered event) {
		CaseRegistered kase = event;
		if (event.withoutText()) {
			// stored by an earlier version, without the text, and handed over again on restart
			Optional<CaseView> found = directory.find(event.caseId(), system.get());
			if (found.isEmpty()) {
				return;
			}
			kase = registration(found.get());
		}
		Indexed indexed = indexed(kase);
		if (indexed == null) {
			return;
		}
		// Just recorded, the entry holds the event's text and place: no need to read it back.
		if (indexed.added()) {
			duplicates.registered(kase.caseId(), new Duplicates.Probe(indexed.text(), kase.lng(), kase.lat(),
					kase.gridCode(), kase.communityCode()), kase.registeredAt());
		}
		else {
			index.find(kase.caseId()).ifPresent(duplicates::registered);
		}
		if (kase.state() == CaseState.REGISTERED) {
			autoDispatch.consider(kase, indexed.prediction());
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
		// its registration not handled yet (e.g. handed over again after a failure): read it
		directory.find(caseId, system.get()).map(CaseListeners::registration).ifPresent(this::indexed);
		return index.find(caseId).orElse(null);
	}

	/** A case classified and recorded: the text read, the model's reading, and whether the entry is new. */
	private record Indexed(String text, RoutingModel.Prediction prediction, boolean added) {
	}

	/** Classifies a case and records it (once); {@code null} when it has no text to read. */
	private Indexed indexed(CaseRegistered kase) {
		String text = CaseIndex.textOf(kase.title(), kase.description());
		if (text.isBlank()) {
			log.debug("case {} has no text to classify", kase.trackingNumber());
			return null;
		}
		RoutingModel.Prediction prediction = classifier.predict(Classifier.titleOf(text), text);
		String predicted = models.current().labels().get(prediction.best());
		String top = kase.categoryCode() != null
				? categories.topOf(kase.categoryCode()).map(CaseDirectory.Category::code).orElse(null)
				: categories.byName(predicted).map(CaseDirectory.Category::code).orElse(null);
		boolean added = index.insert(kase, top, predicted, prediction.confidence(), models.current().info().version());
		return new Indexed(text, prediction, added);
	}

	private String nameOf(String topCode) {
		return categories.byCode(topCode).map(CaseDirectory.Category::name).orElse(topCode);
	}
}
