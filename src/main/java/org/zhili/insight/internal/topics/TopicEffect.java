package org.zhili.insight.internal.topics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.zhili.cases.CategoryTrends.Month;
import org.zhili.insight.internal.Percent;

/**
 * What a topic did, measured rather than claimed: its categories' monthly volume, 解决率 and 满意率 before the topic
 * (the baseline) and since, set against the same change in comparable categories that were not chosen. The net
 * effect is the difference of the two changes (difference in differences), so a trend of the whole district is not
 * credited to the topic.
 *
 * @param baseline how many months before {@code start} the comparison starts from
 * @param until the last month counted since the start, or {@code null} when none has ended yet
 * @param topic the topic's categories, month by month, baseline first
 * @param others the comparison group, the same months
 * @param measures volume (change in percent), 解决率 and 满意率 (change in percentage points)
 * @param enough whether both windows have enough rated cases for the rates to mean something
 */
public record TopicEffect(int baseline, YearMonth start, YearMonth until, List<Month> topic,
		List<Month> others, List<Measure> measures, boolean enough) {

	/** Rated cases a window needs before its rates are reported as an effect. */
	static final int MIN_RATED = 20;


	/**
	 * One measure before and after, for the topic and the comparison group; {@code null} values where there was
	 * nothing to count. {@code net} = the topic's change − the others' change.
	 */
	public record Measure(String name, String unit, BigDecimal topicBefore, BigDecimal topicAfter,
			BigDecimal topicChange, BigDecimal othersBefore, BigDecimal othersAfter, BigDecimal othersChange,
			BigDecimal net) {
	}

	/** Sums of a window of months. */
	record Window(int months, long received, long rated, long solved, long satisfied) {

		static Window of(List<Month> months) {
			return new Window(months.size(), months.stream().mapToLong(Month::received).sum(),
					months.stream().mapToLong(Month::rated).sum(), months.stream().mapToLong(Month::solved).sum(),
					months.stream().mapToLong(Month::satisfied).sum());
		}

		BigDecimal monthlyVolume() {
			return months == 0 ? null : BigDecimal.valueOf(received).divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP);
		}

		BigDecimal resolution() {
			return Percent.share(solved, rated);
		}

		BigDecimal satisfaction() {
			return Percent.share(satisfied, rated);
		}
	}

	/**
	 * The effect from monthly series that start with the {@code baseline} months before the topic and go on to its
	 * last counted month.
	 */
	static TopicEffect of(YearMonth start, int baseline, List<Month> topic, List<Month> others) {
		List<Month> topicBefore = topic.subList(0, Math.min(baseline, topic.size()));
		List<Month> topicAfter = topic.subList(Math.min(baseline, topic.size()), topic.size());
		List<Month> othersBefore = others.subList(0, Math.min(baseline, others.size()));
		List<Month> othersAfter = others.subList(Math.min(baseline, others.size()), others.size());
		Window tb = Window.of(topicBefore), ta = Window.of(topicAfter), ob = Window.of(othersBefore),
				oa = Window.of(othersAfter);
		List<Measure> measures = List.of(
				measure("月均诉求量", "%", tb.monthlyVolume(), ta.monthlyVolume(), ob.monthlyVolume(), oa.monthlyVolume(), true),
				measure("解决率", "个百分点", tb.resolution(), ta.resolution(), ob.resolution(), oa.resolution(), false),
				measure("满意率", "个百分点", tb.satisfaction(), ta.satisfaction(), ob.satisfaction(), oa.satisfaction(), false));
		boolean enough = !topicAfter.isEmpty() && tb.rated() >= MIN_RATED && ta.rated() >= MIN_RATED;
		YearMonth until = topicAfter.isEmpty() ? null : topicAfter.get(topicAfter.size() - 1).month();
		return new TopicEffect(baseline, start, until, topic, others, measures, enough);
	}

	/** Volumes change relatively (percent of the baseline), rates absolutely (percentage points). */
	private static Measure measure(String name, String unit, BigDecimal tb, BigDecimal ta, BigDecimal ob, BigDecimal oa,
			boolean relative) {
		BigDecimal tc = change(tb, ta, relative);
		BigDecimal oc = change(ob, oa, relative);
		return new Measure(name, unit, tb, ta, tc, ob, oa, oc, tc == null || oc == null ? null : tc.subtract(oc));
	}

	private static BigDecimal change(BigDecimal before, BigDecimal after, boolean relative) {
		if (relative) {
			return Percent.change(before, after);
		}
		return before == null || after == null ? null : after.subtract(before);
	}

	/** One month of the table: the topic's cohort beside the comparison group's; {@code after} from the start on. */
	public record Row(YearMonth month, boolean after, long received, BigDecimal resolution, BigDecimal satisfaction,
			long othersReceived, BigDecimal othersResolution, BigDecimal othersSatisfaction) {
	}

	/** Month by month, baseline first. */
	public List<Row> rows() {
		return java.util.stream.IntStream.range(0, topic.size()).mapToObj(i -> {
			Month t = topic.get(i), o = others.get(i);
			return new Row(t.month(), !t.month().isBefore(start), t.received(), Percent.share(t.solved(), t.rated()),
					Percent.share(t.satisfied(), t.rated()), o.received(), Percent.share(o.solved(), o.rated()),
					Percent.share(o.satisfied(), o.rated()));
		}).toList();
	}

	/** The measure by name (月均诉求量, 解决率, 满意率). */
	public Measure measure(String name) {
		return measures.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
	}

	/** One sentence a report can quote, with the comparison that keeps it honest. */
	@JsonProperty("summary")
	public String summary() {
		if (until == null) {
			return "选题自 " + start + " 起治理，尚无完整月份的数据。";
		}
		if (!enough) {
			return "回访评价样本不足（每段至少 " + MIN_RATED + " 件），暂不计算成效。";
		}
		Measure v = measure("月均诉求量"), r = measure("解决率"), s = measure("满意率");
		return "与选题前 " + baseline + " 个月相比：月均诉求量 " + signed(v.topicChange()) + "%（可比类别 " + signed(v.othersChange()) + "%），"
				+ "解决率 " + signed(r.topicChange()) + " 个百分点（可比类别 " + signed(r.othersChange()) + "，净效果 "
				+ signed(r.net()) + "），满意率 " + signed(s.topicChange()) + " 个百分点（净效果 " + signed(s.net()) + "）。";
	}

	private static String signed(BigDecimal v) {
		return v == null ? "—" : (v.signum() > 0 ? "+" : "") + v.stripTrailingZeros().toPlainString();
	}
}
