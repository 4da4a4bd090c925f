package org.zhili.insight.internal.topics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CategoryTrends.Month;

import static org.assertj.core.api.Assertions.assertThat;

class TopicEffectTest {

	static final YearMonth START = YearMonth.of(2026, 7);

	/** {@code before} months like the first, then {@code after} months like the second. */
	static List<Month> series(int before, int after, long[] b, long[] a) {
		List<Month> months = new ArrayList<>();
		for (int i = 0; i < before + after; i++) {
			long[] m = i < before ? b : a;
			months.add(new Month(START.minusMonths(before - i), m[0], m[1], m[2], m[3]));
		}
		return months;
	}

	@Test
	void theNetEffectIsTheTopicsChangeLessTheComparableCategoriesChange() {
		// topic: 100 cases a month, 40 rated, 20 solved (50 %) → 70 a month, 40 rated, 32 solved (80 %)
		List<Month> topic = series(3, 2, new long[] { 100, 40, 20, 24 }, new long[] { 70, 40, 32, 36 });
		// others: 200 a month at 60 % → 190 at 65 %, the district's own drift
		List<Month> others = series(3, 2, new long[] { 200, 100, 60, 70 }, new long[] { 190, 100, 65, 72 });

		TopicEffect e = TopicEffect.of(START, 3, topic, others);

		assertThat(e.enough()).isTrue();
		assertThat(e.until()).isEqualTo(YearMonth.of(2026, 8));
		TopicEffect.Measure volume = e.measure("月均诉求量");
		assertThat(volume.topicChange()).isEqualByComparingTo("-30");
		assertThat(volume.othersChange()).isEqualByComparingTo("-5");
		assertThat(volume.net()).isEqualByComparingTo("-25");
		TopicEffect.Measure resolution = e.measure("解决率");
		assertThat(resolution.topicBefore()).isEqualByComparingTo("50");
		assertThat(resolution.topicAfter()).isEqualByComparingTo("80");
		assertThat(resolution.othersChange()).isEqualByComparingTo("5");
		assertThat(resolution.net()).isEqualByComparingTo("25");
		assertThat(e.measure("满意率").net()).isEqualByComparingTo("28"); // (90 − 60) − (72 − 70)
		assertThat(e.summary()).contains("与选题前 3 个月相比", "解决率 +30 个百分点", "净效果 +25");
		assertThat(e.rows()).hasSize(5);
		assertThat(e.rows().get(2).after()).isFalse();
		assertThat(e.rows().get(3).after()).isTrue();
	}

	@Test
	void tooFewRatingsOrNoMonthSinceTheStartAreSaidSoNotCounted() {
		List<Month> thin = series(3, 2, new long[] { 10, 5, 3, 3 }, new long[] { 10, 5, 5, 5 });
		TopicEffect few = TopicEffect.of(START, 3, thin, thin);
		assertThat(few.enough()).isFalse();
		assertThat(few.summary()).contains("样本不足");

		List<Month> baselineOnly = series(3, 0, new long[] { 100, 40, 20, 24 }, null);
		TopicEffect none = TopicEffect.of(START, 3, baselineOnly, baselineOnly);
		assertThat(none.until()).isNull();
		assertThat(none.summary()).contains("尚无完整月份");
	}

	@Test
	void aTopicTakingAWholeTopCategoryIsComparedWithTheRestOfTheDistrict() {
		assertThat(TopicService.comparable(List.of("C0101", "C0102", "C0301"))).containsExactly("C01", "C03");
		assertThat(TopicService.comparable(List.of("C0101", "C02"))).containsExactly("C");
	}
}
