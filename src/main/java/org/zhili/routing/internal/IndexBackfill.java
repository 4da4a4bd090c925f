package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.platform.StartupWork;
import org.zhili.routing.internal.model.RoutingModel;

/**
 * Rebuilds routing's index of cases when it is empty but cases exist — the demo cases of a first start are
 * bulk-loaded without events, and routing may also be switched on over an existing history. Every case is
 * read once through {@link CaseDirectory#forEachHistory}, classified and recorded; then the open cases of the
 * duplicate window are compared with each other and the hot spots of today detected, so that 重复诉求 and
 * 热点预警 show the history at once.
 *
 * <p>With demo data on, a few repeated calls about recent open cases are then registered through the real
 * intake (as callers ring again about a problem not yet solved), so that the duplicate page has something to
 * merge on a fresh demo: the bulk-loaded demo merges its own repeats before the dispatcher's queue.
 *
 * <p>Runs after the demo cases (phase 0) and before the web server takes requests. What routing reads on first
 * use (model, segmenter dictionaries, corpus statistics) {@link Models} loads in the background from the start.
 */
@Component
class IndexBackfill extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(IndexBackfill.class);
	/** How many demo repeated calls are registered on a fresh demo. */
	static final int DEMO_REPEATS = 8;

	private final CaseDirectory directory;
	private final CaseIndex index;
	private final Classifier classifier;
	private final CategoryTree categories;
	private final Models models;
	private final BulkPredictions bulk;
	private final Duplicates duplicates;
	private final HotSpots hotSpots;
	private final CaseIntake intake;
	private final SystemActor system;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean demo;

	IndexBackfill(CaseDirectory directory, CaseIndex index, Classifier classifier, CategoryTree categories,
			Models models, BulkPredictions bulk, Duplicates duplicates, HotSpots hotSpots, CaseIntake intake,
			SystemActor system, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${zhili.demo.enabled:true}") boolean demo) {
		super(1);
		this.directory = directory;
		this.index = index;
		this.classifier = classifier;
		this.categories = categories;
		this.models = models;
		this.bulk = bulk;
		this.duplicates = duplicates;
		this.hotSpots = hotSpots;
		this.intake = intake;
		this.system = system;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	protected void run() {
		Boolean rebuilt = transactions.execute(tx -> {
			// One node rebuilds; another starting at the same moment waits and then finds the index full.
			lockAcrossNodes(jdbc, "zhili.routing.index");
			return index.isEmpty() && rebuild();
		});
		if (Boolean.TRUE.equals(rebuilt) && demo) {
			registerDemoRepeats();
		}
	}

	/** Reads, classifies and records every case; false when there are none. */
	private boolean rebuild() {
		long started = System.nanoTime();
		RoutingModel model = models.current();
		List<CaseDirectory.History> histories = new ArrayList<>();
		directory.forEachHistory(h -> {
			if (!CaseIndex.textOf(h.title(), h.description()).isBlank()) {
				histories.add(h);
			}
		});
		if (histories.isEmpty()) {
			return false;
		}
		long read = System.nanoTime();
		// Classifying is most of the work, and the model is read-only: all cores (before the server takes requests).
		// Each distinct text once: many requests say the same (the demo's are drawn from a few thousand messages).
		// Those of cases loaded in bulk were classified while they were written.
		Map<String, RoutingModel.Prediction> ahead = bulk.take();
		Map<String, RoutingModel.Prediction> predictions = new ConcurrentHashMap<>(ahead);
		predictions.putAll(histories.stream()
			.map(h -> CaseIndex.textOf(h.title(), h.description()))
			.distinct()
			.filter(t -> !ahead.containsKey(t))
			.toList()
			.parallelStream()
			.collect(Collectors.toConcurrentMap(Function.identity(), t -> classifier.predict(Classifier.titleOf(t), t))));
		List<CaseIndex.Rebuilt> rebuilt = histories.stream().map(h -> {
			String text = CaseIndex.textOf(h.title(), h.description());
			RoutingModel.Prediction p = predictions.get(text);
			String predicted = model.labels().get(p.best());
			String top = h.categoryCode() != null
					? categories.topOf(h.categoryCode()).map(CaseDirectory.Category::code).orElse(null)
					: categories.byName(predicted).map(CaseDirectory.Category::code).orElse(null);
			return new CaseIndex.Rebuilt(h, text, top, predicted, p.confidence(), model.info().version());
		}).toList();
		long classified = System.nanoTime();
		for (int i = 0; i < rebuilt.size(); i += 1000) {
			index.insertAll(rebuilt.subList(i, Math.min(rebuilt.size(), i + 1000)));
		}
		long written = System.nanoTime();
		int suggestions = duplicates.scanOpen(clock.instant());
		int spots = hotSpots.detect().size();
		log.info("Routing index rebuilt from {} cases ({} distinct texts, {} classified ahead) in {} ms (read {} ms, "
				+ "classify {} ms, write {} ms, duplicates and hot spots {} ms): {} duplicate suggestions, {} hot spots today",
				rebuilt.size(),
				predictions.size(), ahead.size(), ms(started),
				(read - started) / 1_000_000, (classified - read) / 1_000_000, (written - classified) / 1_000_000,
				ms(written), suggestions, spots);
		return true;
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/**
	 * Callers ringing again about recent open located cases: the same words with a few of their own, a few
	 * dozen metres away. Registered through the real intake, so routing finds them as it finds any repeat.
	 */
	private void registerDemoRepeats() {
		List<CaseIndex.Entry> recent = new ArrayList<>(index.openSince(clock.instant().minus(Duration.ofDays(10)), 2000));
		recent.removeIf(e -> e.lng() == null || e.text().length() < 20 || e.dispatches() == 0);
		recent.sort(Comparator.comparing(CaseIndex.Entry::caseId));
		if (recent.isEmpty()) {
			return;
		}
		Actor operator = new Actor(null, "operator", Set.of(Role.OPERATOR), system.get().scope());
		int step = Math.max(1, recent.size() / DEMO_REPEATS);
		int registered = 0;
		for (int i = 0; i < recent.size() && registered < DEMO_REPEATS; i += step) {
			CaseIndex.Entry e = recent.get(i);
			String description = "市民再次来电反映：" + e.text().replace('\n', '，') + "。问题至今没有解决，希望尽快处理。";
			try {
				intake.register(new NewCase(Channel.HOTLINE, CaseType.COMPLAINT, e.categoryCode(), Urgency.ORDINARY, null,
						description.length() > 4000 ? description.substring(0, 4000) : description, null,
						e.lng() + 0.0002 * (registered % 3 - 1), e.lat() + 0.0002, false, null, null, true, false, false,
						null, null, null, null), operator);
				registered++;
			}
			catch (RuntimeException ex) {
				log.warn("demo repeated call about {} not registered: {}", e.trackingNumber(), ex.getMessage());
			}
		}
		log.info("Registered {} demo repeated calls for the duplicate page", registered);
	}

}
