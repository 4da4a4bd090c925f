package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.plans.internal.ingestion.PlanParser.Line;

/**
 * Reads a document without a numbered outline by its paragraphs and sentences: short stand-alone lines (or the
 * lines the format marked, bold or in a heading style) are section headings and the paragraphs under them tasks;
 * "一要…二要…" and "一是…二是…" split a paragraph into tasks; with neither, each sentence that commits to an action
 * is a task. Every sentence is read for quantities, as a result when it reports what happened
 * ({@link ResultReader}) and as a target otherwise.
 */
final class ProseReader {

	/** Longest line still taken for an unnumbered heading. */
	private static final int MAX_HEADING = 30;
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
	/** Sentences and the parts a semicolon separates (要推进…；要缓解…；): each may be a task of its own. */
	private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?；;]");
	/** 一要 / 二是 / 第三， at the start of a sentence or after a semicolon. */
	private static final Pattern ORDINAL = Pattern.compile("(?:^|(?<=[。；;！，,：:]))\\s*(?:[一二三四五六七八九十]{1,2}(?:要|是)|第[一二三四五六七八九十]{1,2}[，,、])");
	/** Not a heading: bylines, dates, addresses of a page. */
	private static final Pattern NOT_HEADING = Pattern.compile("记者|通讯员|编辑|来源|发布|时间[:：]|^\\d|^[（(]|[，,、：:；;。！？]$");
	private static final Pattern RETROSPECTIVE = Pattern.compile("回顾|总结|成绩|过去一年|工作情况|成效");
	/** What opens a commitment once connectives are taken off. */
	private static final Pattern COMMIT = Pattern.compile("^(?:[^，,。；;]{0,16}?)(?:加快|推进|推动|深化|强化|完善|实施|建设|提升|开展|抓好|做好|坚持"
			+ "|落实|加强|打造|优化|健全|扩大|促进|巩固|启动|新建|建成|改造|新增|着力|扎实|大力|积极|聚焦|统筹|保障|办好|确保|力争|实现|全面"
			+ "|持续|构建|培育|发展|提高|守牢|筑牢|严格|规范|创建|增加|完成|整治|治理|建立|营造|织密|补齐|开工|压紧|压实|保持|挖潜"
			+ "|加大|激发|用好|抓实|守住|从严|紧盯|聚焦|牢固树立|树立|把|缓解|解决|引导|组织|落细|挂牌督办|督办|督促|整改|排查|部署"
			// or a subject that shall or must do something: 区政务服务办要会同…
			+ "|(?<![主重需只不想])要(?!求|点|素|闻|事)|将(?!近)|必须|务必)");
	/** Openings of sentences that are about the meeting or the speaker, never a task. */
	private static final Pattern NOT_TASK = Pattern.compile("^(?:(?:会议|全会|大会|本次会议|这次会议)(?!要求|强调|提出|指出[，,]\\s*(?:要|下一步))|与会|我们认为|实践证明|事实证明|过去一年|一年来"
			+ "|总的看|同时也要看到|当前|面对)");
	private static final Pattern CONNECTIVES = Pattern.compile("^(?:[^，,。；;]{0,20}?(?:要求|强调|提出|指出|表示)[，,：:]|据介绍[，,]?|据悉[，,]?|据了解[，,]?"
			+ "|下一步[，,]?|下半年|同时|此外|另外"
			+ "|(?:19|20)\\d{2}年|今年|年内|全年|明年|我们|全区上下|全区|各级各部门|各部门|要|将|还要|并|[，,\\s])+");

	/** A sentence to read quantities from, with the section and task it belongs to and its tense. */
	record Piece(Line sentence, DraftPlan.Section section, String task, boolean result, int paragraph) {
	}

	/** What the prose gave: sections (headings), tasks, and the sentences with their context. */
	record Reading(String title, List<DraftPlan.Section> sections, List<DraftPlan.Task> tasks, List<Piece> pieces,
			int ordinals) {
	}

	Reading read(String text, Set<Integer> headingStarts) {
		List<Line> lines = PlanParser.lines(text);
		List<DraftPlan.Section> sections = new ArrayList<>();
		List<DraftPlan.Task> tasks = new ArrayList<>();
		List<Piece> pieces = new ArrayList<>();
		String title = null;
		int first = 0;
		if (!lines.isEmpty() && isTitle(lines.get(0).text())) {
			title = lines.get(0).text();
			first = 1;
		}
		boolean[] heading = new boolean[lines.size()];
		boolean headed = false;
		for (int i = first; i < lines.size(); i++) {
			heading[i] = isHeading(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : null, headingStarts);
			headed |= heading[i];
		}
		DraftPlan.Section section = null;
		int ordinals = 0;
		// The tense of the last clause read: a clause without markers of its own continues it, across paragraphs.
		boolean[] tense = { false };
		for (int i = first; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (heading[i]) {
				String t = line.text().replaceAll("[。；：:，,]+$", "");
				section = new DraftPlan.Section(String.valueOf(sections.size() + 1), null, 1, null, t,
						RETROSPECTIVE.matcher(t).find(), line.start(), line.end());
				sections.add(section);
				continue;
			}
			ordinals += paragraph(line, i + 1, section, headed, tasks, pieces, tense);
		}
		return new Reading(title, sections, tasks, pieces, ordinals);
	}

	/** A first line naming the document: short, no sentence in it. */
	static boolean isTitle(String t) {
		return t.length() <= 40 && !t.matches(".*[。！？；;，,].*");
	}

	private static boolean isHeading(Line line, Line next, Set<Integer> headingStarts) {
		if (headingStarts.contains(line.start())) {
			return true;
		}
		String t = line.text();
		return t.length() <= MAX_HEADING && t.length() >= 4 && !NOT_HEADING.matcher(t).find() && !t.contains("。")
				&& next != null && next.text().length() > t.length() && next.text().contains("。")
				&& !headingStarts.contains(next.start());
	}

	/** Reads one paragraph; answers how many ordinal markers (一要, 二是) split it. */
	private int paragraph(Line line, int paragraph, DraftPlan.Section section, boolean headed,
			List<DraftPlan.Task> tasks, List<Piece> pieces, boolean[] lastTense) {
		String t = line.text();
		boolean retro = section != null && section.retrospective();
		List<Integer> marks = new ArrayList<>();
		Matcher m = ORDINAL.matcher(t);
		while (m.find()) {
			marks.add(m.start() + (m.group().length() - m.group().stripLeading().length()));
		}
		List<int[]> taskSpans = new ArrayList<>();
		if (!retro && marks.size() >= 2) {
			for (int k = 0; k < marks.size(); k++) {
				taskSpans.add(new int[] { marks.get(k), k + 1 < marks.size() ? marks.get(k + 1) : t.length() });
			}
		}
		else if (!retro && section != null && OutlineBuilder.leadSentence(t) != null) {
			// 加快建设天开园。年内新增…: a short lead sentence names the task, the rest is its detail.
			taskSpans.add(new int[] { 0, t.length() });
		}
		else if (!retro && section != null) {
			// A paragraph of several commitments: each committing sentence is a task of the section.
			int from = 0;
			Matcher sm = SENTENCE_END.matcher(t);
			while (from < t.length()) {
				int to = sm.find(from) ? sm.end() : t.length();
				String sentence = t.substring(from, to);
				if (isCommitment(sentence) && !ResultReader.isResult(sentence)) {
					taskSpans.add(new int[] { from, to });
				}
				from = to;
			}
		}
		List<String> keys = new ArrayList<>();
		for (int[] span : taskSpans) {
			String body = t.substring(span[0], span[1]).strip();
			DraftPlan.Task task = new DraftPlan.Task("t" + (tasks.size() + 1), section == null ? null : section.key(),
					null, title(body.replaceFirst("^(?:[一二三四五六七八九十]{1,2}(?:要|是)|第[一二三四五六七八九十]{1,2}[，,、])", "")),
					body, line.start() + span[0], line.start() + span[0] + body.length());
			tasks.add(task);
			keys.add(task.key());
		}
		int from = 0;
		boolean result = retro || lastTense[0];
		Matcher sm = CLAUSE_END.matcher(t);
		while (from < t.length()) {
			int to = sm.find(from) ? sm.end() : t.length();
			String sentence = t.substring(from, to);
			if (!sentence.isBlank()) {
				int at = line.start() + from;
				// A clause without a marker of either tense goes on in the tense of the one before it.
				Boolean tense = ResultReader.tense(sentence);
				result = retro || (tense != null ? tense : result);
				lastTense[0] = result;
				String task = taskAt(taskSpans, keys, from);
				if (task == null && taskSpans.isEmpty() && !headed && !result && isCommitment(sentence)
						&& sentence.length() >= 12) {
					// Continuous prose: each committing sentence is a task.
					String body = sentence.strip();
					DraftPlan.Task tk = new DraftPlan.Task("t" + (tasks.size() + 1), null, null, title(body), body,
							at + sentence.indexOf(body), at + sentence.indexOf(body) + body.length());
					tasks.add(tk);
					task = tk.key();
				}
				pieces.add(new Piece(new Line(sentence, at), section, task, result, paragraph));
			}
			from = to;
		}
		return taskSpans.size() > 1 ? taskSpans.size() : 0;
	}

	private static String taskAt(List<int[]> spans, List<String> keys, int at) {
		for (int k = 0; k < spans.size(); k++) {
			if (at >= spans.get(k)[0] && at < spans.get(k)[1]) {
				return keys.get(k);
			}
		}
		return null;
	}

	private static String firstSentence(String t) {
		Matcher m = SENTENCE_END.matcher(t);
		return m.find() ? t.substring(0, m.end()) : t;
	}

	/** Whether a sentence commits to an action: a verb of doing near its start, and not about the meeting. */
	static boolean isCommitment(String sentence) {
		String s = sentence.strip();
		if (NOT_TASK.matcher(s).find()) {
			return false;
		}
		s = CONNECTIVES.matcher(s).replaceFirst("");
		return COMMIT.matcher(s).find();
	}

	/** A task's title: its lead clause without connectives (会议要求，要…), at most 30 characters. */
	static String title(String body) {
		String s = CONNECTIVES.matcher(body.strip()).replaceFirst("");
		s = s.isEmpty() ? body.strip() : s;
		int cut = s.length();
		for (int i = 0; i < s.length(); i++) {
			if ("。；;！？，,：:".indexOf(s.charAt(i)) >= 0) {
				cut = i;
				break;
			}
		}
		String lead = s.substring(0, cut).strip();
		return lead.length() > 30 ? lead.substring(0, 30) + "…" : lead;
	}
}
