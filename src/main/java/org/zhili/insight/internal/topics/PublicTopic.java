package org.zhili.insight.internal.topics;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.zhili.insight.internal.topics.TopicEffect.Measure;
import org.zhili.insight.internal.topics.TopicService.Named;
import org.zhili.insight.internal.topics.TopicService.TopicView;

/** What the public reads of a topic: the problem, who leads, what was done and what it measurably changed. */
record PublicTopic(long id, String title, String problem, String categories, String leadUnits, String actions,
		String start, String state, String summary, List<Measure> measures) {

	static PublicTopic of(TopicView v) {
		return new PublicTopic(v.topic().id(), v.topic().title(), v.topic().problem(), names(v.categories()),
				names(v.leadUnits()), v.topic().actions(), v.topic().start().toString(), v.stateLabel(),
				v.effect().summary(), v.effect().enough() ? v.effect().measures() : List.of());
	}

	private static String names(List<Named> named) {
		return String.join("、", named.stream().map(Named::name).toList());
	}

	/** A measure's figure for a CSV cell: empty when nothing was counted. */
	String figure(String measure, Function<Measure, BigDecimal> which) {
		return measures.stream().filter(m -> m.name().equals(measure)).findFirst().map(which)
			.map(BigDecimal::toPlainString).orElse("");
	}
}
