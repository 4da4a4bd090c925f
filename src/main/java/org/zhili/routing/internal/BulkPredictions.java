package org.zhili.routing.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhili.cases.CasesLoadingInBulk;
import org.zhili.routing.internal.model.RoutingModel;

/**
 * Classifies the texts of cases being loaded in bulk while they are written (the demo's first start: the writing
 * thread mostly waits for the database, a core is free), so that {@link IndexBackfill} finds their predictions
 * made. Kept until taken; a prediction depends only on the text and the model, so one made early is the same.
 */
@Component
class BulkPredictions {

	private static final Logger log = LoggerFactory.getLogger(BulkPredictions.class);

	private final Classifier classifier;
	private volatile CompletableFuture<Map<String, RoutingModel.Prediction>> pending;

	BulkPredictions(Classifier classifier) {
		this.classifier = classifier;
	}

	@EventListener
	void on(CasesLoadingInBulk event) {
		var texts = event.texts()
			.stream()
			.map(t -> CaseIndex.textOf(t.title(), t.description()))
			.filter(t -> !t.isBlank())
			.distinct()
			.toList();
		CompletableFuture<Map<String, RoutingModel.Prediction>> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(texts.parallelStream()
					.collect(Collectors.toConcurrentMap(Function.identity(),
							t -> classifier.predict(Classifier.titleOf(t), t))));
			}
			catch (RuntimeException | Error e) {
				log.warn("classifying cases loaded in bulk ahead failed; the index rebuild classifies them", e);
				result.complete(Map.of());
			}
		}, "zhili-routing-bulk");
		thread.setDaemon(true);
		thread.start();
		pending = result;
	}

	/** The predictions made ahead (waiting for them if still running), by text; empty when none. */
	Map<String, RoutingModel.Prediction> take() {
		CompletableFuture<Map<String, RoutingModel.Prediction>> p = pending;
		pending = null;
		return p == null ? Map.of() : p.join();
	}
}
