package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

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
 * 热点预警 show the history at once. Memory stays bounded whatever the size of the history (a city's millions of
 * cases with a 512 MB heap): the cases are read, classified and written a page at a time
 * ({@code zhili.routing.backfill.page-size}), the duplicate scan reads at most {@link Duplicates#SCAN_LIMIT} open
 * cases of its window, and the hot spots are counted by the database.
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
	private final RoutingProperties properties;
	private final DataSource dataSource;
	private volatile Run lastRun;

	IndexBackfill(CaseDirectory directory, CaseIndex index, Classifier classifier, CategoryTree categories,
			Models models, BulkPredictions bulk, Duplicates duplicates, HotSpots hotSpots, CaseIntake intake,
			SystemActor system, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			RoutingProperties properties, DataSource dataSource, @Value("${zhili.demo.enabled:true}") boolean demo) {
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
		this.properties = properties;
		this.dataSource = dataSource;
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

	/**
	 * Reads, classifies and records every case, a page at a time; false when there are none. What is held at once is
	 * bounded whatever the size of the history: one page of cases (the directory's rows come from the database a
	 * page at a time too, see {@link FetchSize}) and the readings of the most recently seen distinct texts. The duplicate scan and the hot spots that follow read a bounded window of the index.
	 */
	private boolean rebuild() {
		long started = System.nanoTime();
		RoutingModel model = models.current();
		RoutingProperties.Backfill settings = properties.backfill();
		// Many requests say the same (the demo's are drawn from a few thousand messages): each distinct text is
		// classified once while it is kept. Those of cases loaded in bulk were classified while they were written.
		Readings readings = new Readings(settings.keptReadings());
		Map<String, RoutingModel.Prediction> ahead = bulk.take();
		ahead.forEach((text, p) -> readings.put(text, Reading.of(model, p)));
		int classifiedAhead = ahead.size();
		ahead = null; // kept in the readings, as far as they keep
		Pages pages = new Pages(model, readings, settings.pageSize());
		FetchSize.inBatches(dataSource, settings.pageSize(), () -> {
			directory.forEachHistory(pages::add);
			pages.flush();
			return null;
		});
		lastRun = new Run(pages.cases, pages.pages, pages.largest);
		if (pages.cases == 0) {
			return false;
		}
		long written = System.nanoTime();
		int suggestions = duplicates.scanOpen(clock.instant());
		int spots = hotSpots.detect().size();
		log.info("Routing index rebuilt from {} cases in {} pages ({} texts classified, {} classified ahead) in {} ms "
				+ "(read {} ms, classify {} ms, write {} ms, duplicates and hot spots {} ms): {} duplicate suggestions, "
				+ "{} hot spots today",
				pages.cases, pages.pages, pages.classified, classifiedAhead, ms(started),
				(written - started - pages.classifying - pages.writing) / 1_000_000, pages.classifying / 1_000_000,
				pages.writing / 1_000_000, ms(written), suggestions, spots);
		return true;
	}

	/** What the last rebuild read: how many cases, in how many pages, the largest page (for tests). */
	record Run(long cases, int pages, int largestPage) {
	}

	/** The last rebuild's figures, or {@code null} when none ran. */
	Run lastRun() {
		return lastRun;
	}

	/** The model's reading of a text, as the index records it. */
	private record Reading(String predicted, double confidence) {

		static Reading of(RoutingModel model, RoutingModel.Prediction p) {
			return new Reading(model.labels().get(p.best()), p.confidence());
		}
	}

	/** The readings of the most recently seen distinct texts, at most {@code kept}. */
	private static final class Readings extends LinkedHashMap<String, Reading> {

		private final int kept;

		Readings(int kept) {
			super(16, 0.75f, true);
			this.kept = kept;
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
			return size() > kept;
		}
	}

	/** The cases read from the directory, classified and written a page at a time. */
	private final class Pages {

		private final RoutingModel model;
		private final Readings readings;
		private final int size;
		private final List<CaseDirectory.History> page;
		long cases;
		int pages;
		int largest;
		int classified;
		long classifying;
		long writing;

		Pages(RoutingModel model, Readings readings, int size) {
			this.model = model;
			this.readings = readings;
			this.size = size;
			this.page = new ArrayList<>(Math.min(size, 10_000));
		}

		void add(CaseDirectory.History h) {
			if (CaseIndex.textOf(h.title(), h.description()).isBlank()) {
				return;
			}
			page.add(h);
			if (page.size() >= size) {
				flush();
			}
		}

		void flush() {
			if (page.isEmpty()) {
				return;
			}
			long started = System.nanoTime();
			List<String> texts = page.stream().map(h -> CaseIndex.textOf(h.title(), h.description())).toList();
			Map<String, Reading> known = new HashMap<>();
			List<String> unread = new ArrayList<>();
			for (String text : texts) {
				if (!known.containsKey(text)) {
					Reading r = readings.get(text);
					known.put(text, r);
					if (r == null) {
						unread.add(text);
					}
				}
			}
			// Classifying is most of the work, and the model is read-only: all cores (before the server takes requests).
			Map<String, Reading> fresh = unread.parallelStream()
				.collect(Collectors.toConcurrentMap(Function.identity(),
						t -> Reading.of(model, classifier.predict(Classifier.titleOf(t), t))));
			known.putAll(fresh);
			readings.putAll(fresh);
			classified += fresh.size();
			List<CaseIndex.Rebuilt> rebuilt = new ArrayList<>(page.size());
			for (int i = 0; i < page.size(); i++) {
				CaseDirectory.History h = page.get(i);
				Reading r = known.get(texts.get(i));
				String top = h.categoryCode() != null
						? categories.topOf(h.categoryCode()).map(CaseDirectory.Category::code).orElse(null)
						: categories.byName(r.predicted()).map(CaseDirectory.Category::code).orElse(null);
				rebuilt.add(new CaseIndex.Rebuilt(h, texts.get(i), top, r.predicted(), r.confidence(),
						model.info().version()));
			}
			long classifiedAt = System.nanoTime();
			index.insertAll(rebuilt);
			writing += System.nanoTime() - classifiedAt;
			classifying += classifiedAt - started;
			cases += page.size();
			pages++;
			largest = Math.max(largest, page.size());
			page.clear();
		}
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
