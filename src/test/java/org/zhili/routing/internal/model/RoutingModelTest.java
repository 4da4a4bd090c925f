package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped model as the classify endpoint uses it. */
class RoutingModelTest {

	static RoutingModel model;
	static List<Message> corpus;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = RoutingModelTest.class.getClassLoader().getResourceAsStream(ModelCommand.MODEL)) {
			model = RoutingModel.read(in);
		}
		try (InputStream in = RoutingModelTest.class.getClassLoader().getResourceAsStream(ModelCommand.CORPUS)) {
			corpus = Corpus.readShipped(in);
		}
	}

	@Test
	void theFastPathPredictsExactlyAsTheSortedFeatures() {
		Featurizer featurizer = new Featurizer(Recipe.ZHILI.features());
		for (Message m : corpus.subList(0, 300)) {
			RoutingModel.Prediction fast = model.predict(m.title(), m.text(), 5);
			RoutingModel.Prediction sorted = model.predict(featurizer.extract(m.title(), m.text(), true), 5);
			assertThat(fast.probabilities()).as(m.id()).containsExactly(sorted.probabilities());
			assertThat(fast.terms()).as(m.id()).isEqualTo(sorted.terms());
		}
	}

	@Test
	void theShippedModelKnowsItsCorpusAndTheSevenCategories() {
		assertThat(model.labels()).containsExactlyInAnyOrder("城乡建设", "劳动和社会保障", "教育文体", "商贸旅游", "环境保护",
				"卫生计生", "交通运输");
		long right = corpus.stream().filter(m -> model.labels().get(model.predict(m.title(), m.text(), 0).best())
			.equals(m.label())).count();
		assertThat((double) right / corpus.size()).isGreaterThan(0.97);
	}

	@Test
	void normalisingFoldsWidthCaseMarkupAndSpaces() {
		assertThat(Normalizer.normalize("ＡＢＣ１２３　<b>路灯</b>&nbsp;坏了\n\n  好久_x000D_了")).isEqualTo("abc123 路灯 坏了 好久 了");
		assertThat(Normalizer.normalize("小区路灯坏了")).isEqualTo("小区路灯坏了");
		assertThat(Normalizer.normalize("")).isEmpty();
	}
}
