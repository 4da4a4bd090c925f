package org.zhili.opinion.internal;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.TimeLimit;
import org.zhili.opinion.SignalSentiment;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentLexiconTest {

	static OpinionProperties properties() {
		return new OpinionProperties("120104WXB", Map.of("WEIBO", "微博"), TimeLimit.valueOf("4h"), TimeLimit.valueOf("24h"), 0.25,
				TimeLimit.valueOf("4h"),
				new OpinionProperties.Reach(20, 5, List.of(new OpinionProperties.Level("LOW", "一般", 0),
						new OpinionProperties.Level("MEDIUM", "较大", 10_000), new OpinionProperties.Level("HIGH", "重大", 100_000))),
				new OpinionProperties.Lexicon(List.of("投诉", "不满", "扰民", "没人管"), List.of("满意", "点赞", "感谢"),
						List.of("不", "没有")),
				Period.ofDays(30));
	}

	final SentimentLexicon lexicon = new SentimentLexicon(properties());

	@Test
	void negativeWordsOutweighPositiveOnes() {
		SentimentLexicon.Reading r = lexicon.read("施工噪音扰民，居民投诉没人管，只有一位说感谢");
		assertThat(r.sentiment()).isEqualTo(SignalSentiment.NEGATIVE);
		assertThat(r.words()).containsExactly("扰民", "投诉", "没人管", "感谢");
		assertThat(r.score()).isEqualTo(-2);
	}

	@Test
	void aNegationTurnsTheWordAround() {
		assertThat(lexicon.read("居民对处理结果不满意").sentiment()).as("不满 is read, not 满意").isEqualTo(SignalSentiment.NEGATIVE);
		assertThat(lexicon.read("大家没有满意的").sentiment()).isEqualTo(SignalSentiment.NEGATIVE);
		assertThat(lexicon.read("网友纷纷点赞").sentiment()).isEqualTo(SignalSentiment.POSITIVE);
	}

	@Test
	void aTextWithoutLexiconWordsIsNeutral() {
		assertThat(lexicon.read("今天天气晴").sentiment()).isEqualTo(SignalSentiment.NEUTRAL);
		assertThat(lexicon.read(null).sentiment()).isEqualTo(SignalSentiment.NEUTRAL);
	}

	@Test
	void reachWeighsSharesAndComments() {
		OpinionProperties p = properties();
		assertThat(p.reachOf(9_000, 0, 0).code()).isEqualTo("LOW");
		assertThat(p.reachOf(9_000, 50, 0).code()).as("9000 + 50 × 20").isEqualTo("MEDIUM");
		assertThat(p.reachOf(0, 4_000, 5_000).code()).as("80000 + 25000").isEqualTo("HIGH");
	}
}
