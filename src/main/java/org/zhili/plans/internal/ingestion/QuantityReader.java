package org.zhili.plans.internal.ingestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of one paragraph: "地区生产总值增长5%左右", "新增就业1.9万人左右", "城镇调查失业率控制在5.5%以内",
 * "国家高新技术企业、国家科技型中小企业分别达到400家、350家", "新建8个科技企业孵化基地". Each becomes a
 * {@link DraftPlan.Quantity} with its indicator, comparator, value, unit and qualifier, quoting the clause.
 */
final class QuantityReader {

	private static final String BASE_UNITS = "个百分点|个工作日|微克/立方米|平方公里|平方米|千瓦|公里|元|人次|人|户|家|个|套|吨|辆|亩|%|％|座|所|条|项|处"
			+ "|件|场次|场|名|台|张|块|间|册|倍|起|艘|栋|部|批次|批|宗|次";
	/** A figure, an optional range (6%－6.5%), an optional 万/亿 and 余, and a unit. */
	private static final Pattern QUANTITY = Pattern.compile("(?<![A-Za-z0-9.．第])(\\d+(?:\\.\\d+)?)(?:\\s*[%％]?\\s*[-－—~～至到]\\s*"
			+ "(\\d+(?:\\.\\d+)?))?\\s*(万亿|万|亿)?(余|多)?(" + BASE_UNITS + ")(?![月季度日])");
	private static final Pattern QUALIFIER = Pattern.compile("^(左右|以上|以内|以下)");
	private static final Pattern CLAUSE_END = Pattern.compile("[，,：:；;。！？!?]");
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

	private static final Pattern LEADING = Pattern.compile("^(?:[、\\s“”\"的]|力争|确保|努力|争取|全年|今年|明年|预计|其中|并且|并|以及|及|和|同时"
			+ "|着力|进一步|全力|要|将|累计|共计|共|全区|全市|全省|全国)+");
	private static final Pattern TRAILING = Pattern.compile("(?:分别|实现|完成|同比|比上年|年均|增速|增长|增加|提高到|提高至|提高|上升|下降|降低|减少"
			+ "|达到|达|突破|超过|不低于|不少于|不超过|不高于|控制在|保持在|稳定在|保持|为|至|到|在|是|约|近|逾|涨幅|均|总数|改善|\\s)+$");
	private static final Pattern GROWTH = Pattern.compile("(增长|增速|提高|上升|增加|涨幅|改善|下降|降低|减少)(?:率)?[到至]?\\s*$");
	private static final Pattern DECLINE = Pattern.compile("(下降|降低|减少)\\s*$");
	private static final Pattern AT_MOST = Pattern.compile("控制在|不超过|不高于|(?<!不)低于");
	private static final Pattern AT_LEAST = Pattern.compile("(不低于|不少于|超过|突破|高于)\\s*$");
	private static final Pattern VERB_ONLY = Pattern.compile("^(?:新建改造|新建|改造|建成|实施|完成|引进|培育|提升|打造|建设|开展|办好|新增"
			+ "|治理|清理|整治|举办|启动|推进|落实|促成|领办创办|创办|创建|再建|新开工|竣工|开工|提供|发放|帮扶|改善|培训|收储|出让|盘活|解决"
			+ "|化解|调处|排查|配备|施划|设立|实现|达到|达|突破|超过|建立|组织|推动|扶持|服务|支持|新开|改扩建|扩建|规范|吸纳|安置|救助|资助"
			+ "|补贴|招募|认定|评选|创成|整修|拓宽|修建|铺设|种植|植树|绿化|栽植|拆除|腾退|征收|安装|更新|增设|增加|打通|续建|开通)+$");
	/** Verbs of doing before the thing a preceding clause names. */
	private static final Pattern ACTION = Pattern.compile("^(?:加快|推进|推动|深化|实施|持续|全面|加强|开展|抓好|做好)+");
	/** Reports that look back: not commitments even inside a plan section. */
	private static final Pattern PAST = Pattern.compile("去年|上年|过去|已经|已有|累计完成|回顾");

	/**
	 * The quantities of {@code text} (a paragraph starting at {@code offset} in the source).
	 *
	 * @param actual whether the paragraph reports results (a review section) rather than commitments
	 */
	List<DraftPlan.Quantity> read(String text, int offset, boolean actual, Integer period, String section,
			String task) {
		List<DraftPlan.Quantity> found = new ArrayList<>();
		int sentenceStart = 0;
		boolean main = false;
		Matcher sm = SENTENCE_END.matcher(text);
		while (sentenceStart < text.length()) {
			int sentenceEnd = sm.find(sentenceStart) ? sm.end() : text.length();
			String sentence = text.substring(sentenceStart, sentenceEnd);
			// The 主要预期目标 passage runs to the end of its paragraph.
			main = main || !actual && (sentence.contains("主要预期目标") || sentence.contains("主要目标")
					|| sentence.contains("预期目标是"));
			readSentence(text, sentenceStart, sentenceEnd, offset, actual, period, section, task, main, found);
			sentenceStart = sentenceEnd;
		}
		return found;
	}

	private void readSentence(String text, int from, int to, int offset, boolean actual, Integer period,
			String section, String task, boolean main, List<DraftPlan.Quantity> found) {
		String lastIndicator = null;
		String previous = null;
		int clauseStart = from;
		Matcher cm = CLAUSE_END.matcher(text);
		cm.region(from, to);
		while (clauseStart < to) {
			int clauseEnd = cm.find() ? cm.start() : to;
			String clause = text.substring(clauseStart, clauseEnd);
			if (!(actual ? clause.contains("目标") : PAST.matcher(clause).find())) {
				lastIndicator = readClause(clause, clauseStart + offset, actual, period, section, task, main, found,
						lastIndicator, previous);
			}
			previous = clause;
			clauseStart = clauseEnd + 1;
		}
	}

	/** One match in a clause, with the qualifier after it. */
	private record Hit(Matcher m, int start, int end, BigDecimal value, BigDecimal upper, String unit, String qualifier) {
	}

	private String readClause(String clause, int clauseOffset, boolean actual, Integer period, String section,
			String task, boolean main, List<DraftPlan.Quantity> found, String lastIndicator, String previous) {
		List<Hit> hits = new ArrayList<>();
		Matcher m = QUANTITY.matcher(clause);
		while (m.find()) {
			if (insideQuotes(clause, m.start()) || isName(m)) {
				continue;
			}
			String unit = (m.group(3) == null ? "" : m.group(3)) + m.group(5).replace('％', '%');
			int end = m.end();
			Matcher q = QUALIFIER.matcher(clause.substring(end));
			String qualifier = null;
			if (q.find()) {
				qualifier = q.group(1);
				end += qualifier.length();
			}
			else if (m.group(4) != null) {
				qualifier = m.group(4).equals("余") ? "余" : "多";
			}
			hits.add(new Hit(m, m.start(), end, new BigDecimal(m.group(1)),
					m.group(2) == null ? null : new BigDecimal(m.group(2)), unit, qualifier));
		}
		String quote = clause.strip();
		int quoteStart = clauseOffset + clause.indexOf(quote.isEmpty() ? clause : quote);
		int quoteEnd = quoteStart + quote.length();
		int segment = 0;
		for (int i = 0; i < hits.size(); i++) {
			Hit hit = hits.get(i);
			String prefix = clause.substring(segment, hit.start());
			String suffix = clause.substring(hit.end());
			// A list of values after 分别: "400家、350家".
			List<Hit> chain = new ArrayList<>(List.of(hit));
			while (i + chain.size() < hits.size()
					&& clause.substring(chain.get(chain.size() - 1).end(), hits.get(i + chain.size()).start()).strip()
						.equals("、")) {
				chain.add(hits.get(i + chain.size()));
			}
			String comparator = comparator(prefix, suffix, hit);
			BigDecimal value = hit.value();
			if (comparator.equals("growth") && DECLINE.matcher(prefix).find()) {
				value = value.negate();
			}
			String core = clean(prefix);
			String object = chain.size() > 1 ? "" : object(suffix);
			List<String> indicators;
			if (!object.isEmpty() && !comparator.equals("growth")) {
				// A count of things: "新建8个科技企业孵化基地", "推动天拖北道等10条道路拓宽改造".
				indicators = List.of(core + object);
			}
			else if (core.isEmpty() || VERB_ONLY.matcher(core).matches()) {
				String subject = previous == null || hits.size() > 1 ? "" : ACTION.matcher(clean(previous)).replaceFirst("");
				indicators = comparator.equals("growth") && lastIndicator != null ? List.of(lastIndicator)
						// "加快燃气老旧管网更新改造，完成改造32公里": the clause before names what is counted.
						: !core.isEmpty() && !comparator.equals("growth") && subject.length() >= 4 && !PAST.matcher(previous).find()
								? List.of(subject) : List.of();
			}
			else {
				String indicator = core.replaceFirst("^(实现|完成|达到)", "");
				indicators = !prefix.contains("分别") ? List.of(indicator)
						: indicator.contains("、") ? distribute(indicator.split("、"))
						: chain.size() == 2 && indicator.indexOf('和') > 0 ? both(indicator) : List.of(indicator);
			}
			List<Hit> values = chain.size() == indicators.size() ? chain : List.of(hit);
			for (int k = 0; k < indicators.size(); k++) {
				Hit v = values.size() == 1 ? hit : values.get(k);
				String indicator = shorten(indicators.get(k));
				if (indicator.length() < 2) {
					continue;
				}
				BigDecimal val = v == hit ? value : (comparator.equals("growth") && value.signum() < 0
						? v.value().negate() : v.value());
				found.add(new DraftPlan.Quantity(indicator, comparator, val, v.upper(), v.unit(), v.qualifier(), quote,
						period, main, section, task, quoteStart, quoteEnd));
				lastIndicator = indicator;
			}
			if (values.size() > 1) {
				i += values.size() - 1;
			}
			segment = hits.get(i).end() + (values.size() > 1 ? 0 : objectLength(suffix, object));
			if (i + 1 < hits.size() && segment > hits.get(i + 1).start()) {
				segment = hits.get(i).end();
			}
		}
		return lastIndicator;
	}

	private static String comparator(String prefix, String suffix, Hit hit) {
		boolean rate = hit.unit().equals("%") || hit.unit().equals("个百分点");
		if (rate && (GROWTH.matcher(prefix).find() || suffix.startsWith("增长") || suffix.startsWith("的增长"))) {
			return "growth";
		}
		String q = hit.qualifier();
		if (AT_MOST.matcher(prefix).find() || "以内".equals(q) || "以下".equals(q)) {
			return "at_most";
		}
		if (AT_LEAST.matcher(prefix).find() || "以上".equals(q)) {
			return "at_least";
		}
		if ("左右".equals(q)) {
			return "about";
		}
		return "reach";
	}

	/** The prefix without connectives before and comparison words after the indicator. */
	private static String clean(String prefix) {
		String s = prefix.strip();
		String before;
		do {
			before = s;
			s = LEADING.matcher(s).replaceFirst("");
			s = TRAILING.matcher(s).replaceFirst("");
			s = s.strip();
		}
		while (!s.equals(before));
		return s;
	}

	/** What a count counts, after the unit: "8个科技企业孵化基地" → 科技企业孵化基地. */
	private static String object(String suffix) {
		String s = suffix.replaceFirst("^(左右|以上|以内|以下)", "").replace("“", "").replace("”", "");
		int cut = s.length();
		for (int i = 0; i < s.length(); i++) {
			if ("、（(\"的和及与共达".indexOf(s.charAt(i)) >= 0 || Character.isDigit(s.charAt(i))) {
				cut = i;
				break;
			}
		}
		s = s.substring(0, Math.min(cut, 16)).strip();
		return s;
	}

	/** "一、二、三产增加值" names 一产增加值, 二产增加值 and 三产增加值. */
	private static List<String> distribute(String[] parts) {
		String last = parts[parts.length - 1];
		List<String> names = new ArrayList<>();
		for (String p : parts) {
			names.add(p.length() == 1 && last.length() > 1 ? p + last.substring(1) : p);
		}
		return names;
	}

	/** "城镇和农村常住居民人均可支配收入" names the urban and the rural income. */
	private static List<String> both(String indicator) {
		int and = indicator.indexOf('和');
		String first = indicator.substring(0, and);
		String second = indicator.substring(and + 1);
		return second.length() > first.length() ? List.of(first + second.substring(first.length()), second)
				: List.of(first, second);
	}

	/** How much of {@code suffix} the object took, so the next figure's indicator starts after it. */
	private static int objectLength(String suffix, String object) {
		if (object.isEmpty()) {
			return 0;
		}
		int at = suffix.replace("“", "").replace("”", "").indexOf(object);
		return at < 0 ? 0 : Math.min(suffix.length(), at + object.length() + (suffix.length() - suffix.replace("“", "")
			.replace("”", "").length()));
	}

	/** Long prefixes keep their end, where the indicator's head noun sits. */
	private static String shorten(String indicator) {
		String s = indicator.replaceAll("[“”\"‘’]", "").strip();
		return s.length() > 24 ? s.substring(s.length() - 24) : s;
	}

	/** 8358所 is an institute's name, not eight thousand schools. */
	private static boolean isName(Matcher m) {
		return m.group(5).equals("所") && m.group(1).length() >= 4;
	}

	/** Numbers inside 《》 or “” are names (《…2008—2012年工作规划》, “五个一”). */
	private static boolean insideQuotes(String clause, int at) {
		int open = Math.max(clause.lastIndexOf('《', at), clause.lastIndexOf('“', at));
		if (open < 0) {
			return false;
		}
		char close = clause.charAt(open) == '《' ? '》' : '”';
		int closing = clause.indexOf(close, open);
		return closing < 0 || closing > at;
	}
}
