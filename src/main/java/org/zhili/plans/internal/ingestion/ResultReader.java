package org.zhili.plans.internal.ingestion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a sentence that reports what happened (共检查企业126家，发现问题隐患29处，已整改27处) from one that commits to
 * what shall happen (年内建成社区食堂11个): its figures are actuals, usable against a matching target, not new targets.
 * Counts the markers of each tense; a sentence with more result markers than commitment markers is a result.
 */
final class ResultReader {

	/** Looking back: totals, completion, 已, 截至, verbs of inspection and their counts, comparisons with last year. */
	private static final Pattern RESULT = Pattern.compile("共计|累计|截至|截止到|已经|已|(?<![公总])共(?![享同建治产青性识])|完成了|建成了|实现了|了(?=[，。；、])"
			+ "|以来|同比|比上年|较上年|上年同期|检查|发现|查处|立案|办结|受理|出动|约谈|责令|罚款|通报了|排查出|整改完成|获悉|日电|记者"
			+ "|据统计|数据显示|全年实现|去年|过去一年|取得|成效|成绩|环比|占比|位居");
	/** A sentence that opens on the past reports it, whatever verbs follow (过去一年，我们持续深化…新增…). */
	private static final Pattern LOOKING_BACK = Pattern.compile("^\\s*(?:过去一年|过去五年|去年|一年来|上半年|今年以来|截至[^，,]{0,12})[，,]");

	/** Markers that say so twice over: the past named outright. */
	private static final Pattern STRONG_RESULT = Pattern.compile("过去一年|过去五年|一年来|去年|上年|截至|累计|共计|已经|会议认为");

	/** Looking forward: obligations, plans, deadlines to come. */
	private static final Pattern COMMITMENT = Pattern.compile("要|将|力争|确保|争取|计划|拟|年内|年底前|月底前|之前|到20\\d{2}年|目标"
			+ "|预期|下一步|今后|着力|加快|推动|推进|实施|启动|新建|建成|新增|完善|深化|持续|全面|扎实|坚持");

	private ResultReader() {
	}

	/** Whether {@code sentence} reports results rather than commitments. */
	static boolean isResult(String sentence) {
		if (LOOKING_BACK.matcher(sentence).find()) {
			return true;
		}
		String s = sentence.replace("今年以来", "以来");
		int result = count(RESULT, s) + count(STRONG_RESULT, s);
		int commitment = count(COMMITMENT, s);
		return result > 0 && result >= commitment + (s.contains("下一步") || s.contains("年内") ? 1 : 0);
	}

	/** A sentence's tense: {@code true} for a result, {@code false} for a commitment, {@code null} with no marker at all. */
	static Boolean tense(String sentence) {
		String s = sentence.replace("今年以来", "以来");
		if (count(RESULT, s) == 0 && count(COMMITMENT, s) == 0) {
			return null;
		}
		return isResult(sentence);
	}

	/** How strongly a result sentence says so: the number of result markers. */
	static int resultMarkers(String sentence) {
		return count(RESULT, sentence);
	}

	private static int count(Pattern p, String s) {
		Matcher m = p.matcher(s);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
