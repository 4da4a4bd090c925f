package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The prior correction folded into a head's biases, and the recipe that fits it, trained twice alike. */
class PriorCorrectionTest {

	@Test
	void offsetsInTheBiasesMultiplyEachClassProbabilityAndKeepTheSumAtOne() {
		float[] weights = { 0.5f, -0.2f, 0.1f, 0.3f, 0.0f, -0.4f };
		LinearHead head = new LinearHead("test", 1, weights, new float[] { 0.1f, 0.0f, -0.1f }, 2.5f);
		Vectorizer.Vector x = new Vectorizer.Vector(new int[] { 0, 1 }, new float[] { 0.8f, 0.6f });
		double[] offsets = { 0.7, 0.0, -0.3 };

		double[] before = LinearHead.softmax(head.scores(x), head.temperature());
		LinearHead shifted = head.withLogOffsets(offsets);
		double[] after = LinearHead.softmax(shifted.scores(x), shifted.temperature());

		double z = 0;
		for (int c = 0; c < 3; c++) {
			z += before[c] * Math.exp(offsets[c]);
		}
		for (int c = 0; c < 3; c++) {
			assertThat(after[c]).isCloseTo(before[c] * Math.exp(offsets[c]) / z, within(1e-6));
		}
		assertThat(shifted.weights()).isSameAs(head.weights());
	}

	@Test
	void theShippedRecipeFitsAPowerBetweenZeroAndOneAndTrainsTheSameWeightsTwice() throws IOException {
		List<Message> corpus;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.CORPUS)) {
			corpus = Corpus.readShipped(in);
		}
		List<Message> some = corpus.subList(0, 2000);
		Featurizer featurizer = new Featurizer(Recipe.ZHILI.features());
		List<Featurizer.Features> features = some.stream().map(m -> featurizer.extract(m.title(), m.text(), false)).toList();

		Trainer.Fit first = Trainer.fit(some, features, Recipe.ZHILI, "a", Instant.EPOCH, "");
		Trainer.Fit second = Trainer.fit(some, features, Recipe.ZHILI, "b", Instant.EPOCH, "");

		assertThat(first.priorPower()).isBetween(0.0, 1.0);
		assertThat(first.model().fingerprint()).isEqualTo(second.model().fingerprint());
		Recipe uncorrected = new Recipe("x", Recipe.ZHILI.features(), Recipe.ZHILI.minDf(), Recipe.ZHILI.blockWeights(),
				Recipe.ZHILI.sublinear(), Recipe.ZHILI.heads(), Recipe.ZHILI.calibrationFolds(), false);
		Trainer.Fit plain = Trainer.fit(some, features, uncorrected, "c", Instant.EPOCH, "");
		assertThat(plain.priorPower()).isZero();
		// the correction only moves the biases: the weights are the same
		assertThat(plain.model().heads().get(0).weights()).containsExactly(first.model().heads().get(0).weights());
		if (first.priorPower() > 0) {
			assertThat(plain.model().heads().get(0).bias()).isNotEqualTo(first.model().heads().get(0).bias());
		}
	}
}
