package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Training is reproducible: {@code -Drouting=train} writes the same weights every run. */
class TrainerTest {

	@Test
	void theShippedRecipeTrainsTheSameWeightsTwice() throws IOException {
		List<Message> corpus;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.CORPUS)) {
			corpus = Corpus.readShipped(in);
		}
		List<Message> some = corpus.subList(0, 2000);

		RoutingModel first = Trainer.train(some, Recipe.ZHILI, "a", Instant.EPOCH, "");
		RoutingModel second = Trainer.train(some, Recipe.ZHILI, "b", Instant.EPOCH, "");

		assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
		assertThat(first.heads().get(0).temperature()).isEqualTo(second.heads().get(0).temperature());
		// and the fingerprint does tell models apart
		assertThat(Trainer.train(corpus.subList(0, 1999), Recipe.ZHILI, "c", Instant.EPOCH, "").fingerprint())
			.isNotEqualTo(first.fingerprint());
	}
}
