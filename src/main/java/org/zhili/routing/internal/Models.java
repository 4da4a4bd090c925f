package org.zhili.routing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.platform.ClusterSignals;
import org.zhili.routing.internal.model.Corpus;
import org.zhili.routing.internal.model.Message;
import org.zhili.routing.internal.model.ModelCommand;
import org.zhili.routing.internal.model.RoutingModel;
import org.zhili.routing.internal.model.Similarity;

/**
 * The model in service: the newest active one retrained from the platform's history, or else the one that
 * ships with zhili. Swapped atomically when a retraining finishes. Also holds the shipped corpus (for
 * retraining) and the bigram statistics duplicate detection weighs texts by.
 *
 * <p>Both are read on a background thread from construction on (seconds of CPU, on a restart most of what is
 * left to do): the rest of the application starts meanwhile, and whoever needs them first waits for them.
 */
@Component
class Models {

	private static final Logger log = LoggerFactory.getLogger(Models.class);

	private final JdbcClient jdbc;
	private final ClusterSignals signals;
	private final AtomicReference<RoutingModel> current = new AtomicReference<>();
	private final CompletableFuture<RoutingModel> shipped;
	private final CompletableFuture<Similarity> similarity;
	private volatile List<Message> corpus;

	static final String SIGNAL = "routing.model";

	Models(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.shipped = inBackground("zhili-routing-model", this::load);
		this.similarity = inBackground("zhili-routing-similarity", this::weigh);
		// another node retrained or reverted: put the model now active (or the shipped one) in service here too
		signals.on(SIGNAL, any -> current.set(stored().orElseGet(this::shipped)));
	}

	RoutingModel current() {
		RoutingModel m = current.get();
		if (m == null) {
			shipped.join();
			m = current.get();
		}
		return m;
	}

	RoutingModel shipped() {
		return shipped.join();
	}

	/** Puts a model in service here and (once its row is committed) on the other nodes. */
	void use(RoutingModel model) {
		current.set(model);
		signals.send(SIGNAL, model.info().version());
	}

	/** Reads the shipped model and puts the newest stored one (else the shipped one) in service; returns the shipped. */
	private RoutingModel load() {
		long started = System.nanoTime();
		RoutingModel shippedModel = readResource(ModelCommand.MODEL);
		RoutingModel stored = stored().orElse(null);
		// Unless a retraining finished first (it sets the newer model itself).
		current.compareAndSet(null, stored != null ? stored : shippedModel);
		RoutingModel m = current.get();
		// warm the classifier (and the segmenter's dictionaries) so that the first request is as fast as the others
		for (int i = 0; i < 200; i++) {
			m.predict("小区路灯不亮", "小区路灯不亮\n我家小区门口的路灯坏了一个多月，晚上出行很不安全，希望尽快维修。", 5);
		}
		log.info("Routing model {} ({}, {} labels, {} features, {} examples) ready in {} ms", m.info().version(),
				m.info().recipe(), m.labels().size(), m.features(), m.info().examples(),
				(System.nanoTime() - started) / 1_000_000);
		return shippedModel;
	}

	/** The newest active model retrained from history, if any. */
	private java.util.Optional<RoutingModel> stored() {
		return jdbc.sql("select content from routing.model where active order by id desc limit 1")
			.query((rs, n) -> RoutingModel.read(new ByteArrayInputStream(rs.getBytes(1))))
			.optional();
	}

	private Similarity weigh() {
		long started = System.nanoTime();
		Similarity s = Similarity.over(corpus().stream().map(Message::text).toList());
		log.info("Duplicate detection's corpus statistics ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		return s;
	}

	/** A daemon thread of its own (not the common pool, which the demo's parallel streams keep busy). */
	private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(work.get());
			}
			catch (RuntimeException | Error e) {
				log.error("{} failed", name, e);
				result.completeExceptionally(e);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return result;
	}

	/** The labelled messages the shipped model was trained on. */
	List<Message> corpus() {
		List<Message> c = corpus;
		if (c == null) {
			try (InputStream in = new ClassPathResource(ModelCommand.CORPUS).getInputStream()) {
				c = Corpus.readShipped(in);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read " + ModelCommand.CORPUS, e);
			}
			corpus = c;
		}
		return c;
	}

	/** Text similarity weighted by the corpus's bigram statistics. */
	Similarity similarity() {
		return similarity.join();
	}

	private static RoutingModel readResource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return RoutingModel.read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the routing model " + path + " is missing from the application", e);
		}
	}
}
