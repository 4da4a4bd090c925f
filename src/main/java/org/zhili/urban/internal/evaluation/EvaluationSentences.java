package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.zhili.platform.ChinaTime;

import static org.zhili.urban.internal.evaluation.Indicator.*;

/** The report's text, written from the month's figures as a 数字城管 centre's monthly 通报 reads. */
public final class EvaluationSentences {

	private static final DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("yyyy年M月d日H时");

	private EvaluationSentences() {
	}

	static List<String> of(MonthlyEvaluation e) {
		Map<Indicator, BigDecimal> d = e.district();
		List<String> sentences = new ArrayList<>();
		sentences.add(e.month().month().getYear() + "年" + e.month().month().getMonthValue() + "月，" + headline(d) + "。");
		sentences.add("本月立案中延期" + n(d, POSTPONED) + "件、挂账" + n(d, SUSPENDED) + "件、作废" + n(d, VOIDED) + "件。");
		for (EvaluationTable t : e.tables()) {
			String grades = grades(t);
			if (grades != null) {
				sentences.add(grades);
			}
		}
		String cutoff = LocalDateTime.ofInstant(e.month().cutoff(), ChinaTime.ZONE).format(CUTOFF);
		sentences.add(e.month().provisional() ? "本月统计尚未截止，以上为截至" + cutoff + "的数据，仅供参考。"
				: "结案、处置统计截至" + cutoff + "。");
		return sentences;
	}

	/** 受理1054件，立案996件，应结案972件，结案911件，结案率93.72%，按期结案737件，按期结案率75.82% */
	public static String headline(Map<Indicator, BigDecimal> d) {
		return "受理" + n(d, ACCEPTED) + "件，立案" + n(d, REGISTERED) + "件，应结案" + n(d, DUE) + "件，结案" + n(d, CLOSED)
				+ "件，结案率" + percent(d.get(CLOSING_RATE)) + "，按期结案" + n(d, ON_TIME_CLOSED) + "件，按期结案率"
				+ percent(d.get(ON_TIME_CLOSING_RATE));
	}

	/** 区域评价（按街道）：A级2个、B级5个……；长虹街道综合指标值最高（93.10）。 */
	private static String grades(EvaluationTable t) {
		Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
		t.rows().forEach(r -> {
			if (r.grade() != null) {
				counts.merge(r.grade(), 1, Integer::sum);
			}
		});
		if (counts.isEmpty()) {
			return null;
		}
		StringJoiner parts = new StringJoiner("、");
		counts.forEach((g, n) -> parts.add(g.name() + "级" + n + "个"));
		EvaluationRow best = t.rows().get(0);
		String scope = t.family() == EvaluationFamily.REGION ? "（按" + t.level() + "）" : "";
		return t.family().label() + scope + "：" + parts + "；" + best.name() + "综合指标值最高（" + best.composite().toPlainString()
				+ "，" + best.grade().name() + "级）。";
	}

	static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.toPlainString() + "%";
	}

	private static String n(Map<Indicator, BigDecimal> d, Indicator i) {
		BigDecimal v = d.get(i);
		return v == null ? "0" : v.toPlainString();
	}
}
