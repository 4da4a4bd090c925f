package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped recipe on the development split, as {@code -Drouting=evaluate} measures it: trained on the
 * split's training side of the shipped corpus (the same messages as {@code train.tsv}), scored on the held-out
 * side it never saw — and the shipped model is that very model. Fails when a change to the features, the heads or
 * the calibration costs macro-F1, or when the shipped model was not trained again after such a change.
 */
class RecipeQualityTest {

	@Test
	void theShippedRecipeReachesMacroF1OfAtLeast094OnMessagesItNeverTrainedOn() throws IOException {
		List<Message> corpus;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.CORPUS)) {
			corpus = Corpus.readShipped(in);
		}
		DevSplit.Split split = DevSplit.split(corpus, 0.2);
		// the split of docs/routing-evaluation.md: the same messages held out, none of them in training
		assertThat(ModelCommand.sha256(String.join(",", split.dev().stream().map(Message::id).toList())))
			.startsWith("09d7d77a24bf12cd");
		assertThat(split.train()).doesNotContainAnyElementsOf(split.dev());

		RoutingModel model = Trainer.train(split.train(), Recipe.ZHILI, "dev", Instant.EPOCH, "dev split");
		// the model that ships is this one (trained the same way, never on the held-out side): its figure is its own
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.MODEL)) {
			assertThat(RoutingModel.read(in).fingerprint()).as("the shipped model is trained by -Drouting=train on the "
					+ "split's training side with the current recipe").isEqualTo(model.fingerprint());
		}

		int[] truth = split.dev().stream().mapToInt(m -> model.labels().indexOf(m.label())).toArray();
		int[] predicted = split.dev().stream().mapToInt(m -> model.predict(m.title(), m.text(), 0).best()).toArray();
		Metrics metrics = Metrics.of(model.labels(), truth, predicted);
		assertThat(metrics.macroF1()).as(metrics.report(Recipe.ZHILI.name())).isGreaterThanOrEqualTo(0.94);
		for (int k = 0; k < model.labels().size(); k++) {
			assertThat(metrics.f1(k)).as(model.labels().get(k)).isGreaterThan(0.88);
		}
	}
}
