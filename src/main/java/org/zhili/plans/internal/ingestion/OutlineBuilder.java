package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.plans.internal.ingestion.PlanParser.Line;

/**
 * The outline of a plan or report (一、 / （一） / 1. 1、 / （1）) and the tasks under it, accumulated while
 * {@link PlanParser} hands it the lines in order: headings become sections, numbered items and paragraphs led by a
 * short commitment become tasks, and every paragraph is kept as a {@link Block} with the section and task it
 * belongs to, for reading quantities.
 */
final class OutlineBuilder {

	static final String CN_NUM = "[一二三四五六七八九十百零〇]+";
	private static final Pattern H1 = Pattern.compile("^(" + CN_NUM + ")[、．.]\\s*(.*)$");
	private static final Pattern H2 = Pattern.compile("^[（(](" + CN_NUM + ")[）)]\\s*(.*)$");
	private static final Pattern N3 = Pattern.compile("^(\\d{1,3})(?:[、．]|\\.(?!\\d))\\s*(.*)$");
	private static final Pattern N4 = Pattern.compile("^[（(](\\d{1,3})[）)]\\s*(.*)$");

	/** A heading of a section that reviews the past year: its figures are results, not commitments. */
	private static final Pattern RETROSPECTIVE = Pattern.compile("回顾|总结|过去一年|过去五年|工作情况|取得的成绩");

	/** Longest lead sentence that makes an unnumbered paragraph a task (加快基础设施建设。…). */
	private static final int MAX_LEAD = 20;

	/** A paragraph with the section and task it belongs to, for reading quantities. */
	record Block(Line line, DraftPlan.Section section, String task) {
	}

	String title;
	final List<DraftPlan.Section> sections = new ArrayList<>();
	final List<DraftPlan.Task> tasks = new ArrayList<>();
	final List<DraftPlan.Term> glossary = new ArrayList<>();
	final List<Block> blocks = new ArrayList<>();
	/** The open section of each level 1–4 (index 0 unused). */
	final DraftPlan.Section[] open = new DraftPlan.Section[5];
	/** How many children each open section (and the root, index 0) has so far. */
	final int[] children = new int[5];
	/** Body text of each section, to make a leaf section with a body into a task at the end. */
	final java.util.Map<String, StringBuilder> bodies = new java.util.LinkedHashMap<>();
	final java.util.Map<String, int[]> bodySpans = new java.util.HashMap<>();
	final java.util.Set<String> withChildren = new java.util.HashSet<>();
	/** The last numbered task, which following unnumbered paragraphs continue. */
	DraftPlan.Task numberedTask;

	void line(Line line) {
		String t = line.text();
		Matcher m;
		if ((m = H1.matcher(t)).matches()) {
			heading(1, m.group(1), m.group(2), line, m.start(2));
		}
		else if ((m = H2.matcher(t)).matches()) {
			heading(2, m.group(1), m.group(2), line, m.start(2));
		}
		else if ((m = N3.matcher(t)).matches() || (m = N4.matcher(t)).matches()) {
			int level = m.pattern() == N3 ? 3 : 4;
			String rest = m.group(2);
			DraftPlan.Section parent = current();
			if (isItem(rest) && (parent == null || !parent.retrospective())) {
				numberedTask = task(m.group(1), rest, line, parent);
				blocks.add(new Block(line, parent, numberedTask.key()));
			}
			else {
				heading(level, m.group(1), rest, line, m.start(2));
			}
		}
		else {
			paragraph(line);
		}
	}

	/** A numbered line is an item (task) rather than a sub-heading when it reads as a paragraph. */
	private static boolean isItem(String rest) {
		int stop = rest.indexOf('。');
		return rest.length() > 30 || (stop >= 0 && stop < rest.length() - 1);
	}

	private void heading(int level, String number, String rest, Line line, int restStart) {
		// 一、2018年工作回顾 / （一）重培育促集聚，转型升级迈出新步伐。科技创新能力持续提升…
		String title = rest;
		String body = null;
		int stop = firstStop(rest);
		if (stop > 0 && stop < rest.length() - 1 && stop <= 60) {
			title = rest.substring(0, stop);
			body = rest.substring(stop + 1).strip();
		}
		else if (rest.length() > 80) {
			title = rest.substring(0, 80) + "…";
			body = rest;
		}
		title = strip(title);
		DraftPlan.Section parent = null;
		for (int l = level - 1; l >= 1; l--) {
			if (open[l] != null) {
				parent = open[l];
				break;
			}
		}
		int index = parent == null ? ++children[0] : ++children[parent.level()];
		String key = parent == null ? String.valueOf(index) : parent.key() + "." + index;
		boolean retro = (parent != null && parent.retrospective()) || (level == 1 && RETROSPECTIVE.matcher(title).find());
		DraftPlan.Section s = new DraftPlan.Section(key, parent == null ? null : parent.key(), level, number, title,
				retro, line.start(), line.end());
		sections.add(s);
		if (parent != null) {
			withChildren.add(parent.key());
		}
		open[level] = s;
		children[level] = 0;
		for (int l = level + 1; l <= 4; l++) {
			open[l] = null;
			children[l] = 0;
		}
		numberedTask = null;
		blocks.add(new Block(line, s, null));
		if (body != null && !body.isEmpty()) {
			addBody(s, body, line.start() + (line.text().length() - rest.length()) + (rest.length() - body.length()),
					line.end());
		}
	}

	private void paragraph(Line line) {
		DraftPlan.Section s = current();
		String t = line.text();
		if (s == null || s.retrospective()) {
			blocks.add(new Block(line, s, null));
			if (s != null) {
				addBody(s, t, line.start(), line.end());
			}
			return;
		}
		String lead = leadSentence(t);
		if (lead != null) {
			DraftPlan.Task task = task(null, t, line, s);
			numberedTask = null;
			blocks.add(new Block(line, s, task.key()));
			return;
		}
		if (numberedTask != null) {
			// The numbered item goes on in a second paragraph.
			DraftPlan.Task last = tasks.remove(tasks.size() - 1);
			numberedTask = new DraftPlan.Task(last.key(), last.section(), last.number(), last.title(),
					last.text() + "\n" + t, last.start(), line.end());
			tasks.add(numberedTask);
			blocks.add(new Block(line, s, numberedTask.key()));
			return;
		}
		blocks.add(new Block(line, s, null));
		addBody(s, t, line.start(), line.end());
	}

	private void addBody(DraftPlan.Section s, String text, int start, int end) {
		bodies.computeIfAbsent(s.key(), k -> new StringBuilder()).append(bodies.containsKey(s.key())
				&& bodies.get(s.key()).length() > 0 ? "\n" : "").append(text);
		bodySpans.merge(s.key(), new int[] { start, end }, (a, b) -> new int[] { a[0], b[1] });
	}

	private DraftPlan.Task task(String number, String text, Line line, DraftPlan.Section section) {
		String title = leadTitle(text);
		DraftPlan.Task task = new DraftPlan.Task("t" + (tasks.size() + 1), section == null ? null : section.key(),
				number, title, text, line.start(), line.end());
		tasks.add(task);
		if (section != null) {
			withChildren.add(section.key());
		}
		return task;
	}

	private DraftPlan.Section current() {
		for (int l = 4; l >= 1; l--) {
			if (open[l] != null) {
				return open[l];
			}
		}
		return null;
	}

	/**
	 * A leaf section of the plan with a body but neither sub-sections nor tasks is itself a task
	 * (（三）… 。 followed by its text, as provincial reports write them).
	 */
	void finish() {
		List<DraftPlan.Task> extra = new ArrayList<>();
		for (DraftPlan.Section s : sections) {
			StringBuilder body = bodies.get(s.key());
			if (s.retrospective() || withChildren.contains(s.key()) || body == null || body.length() < 20
					|| s.level() == 1) {
				continue;
			}
			int[] span = bodySpans.get(s.key());
			extra.add(new DraftPlan.Task(null, s.key(), null, s.title(), body.toString(), s.start(), span[1]));
		}
		if (extra.isEmpty()) {
			return;
		}
		List<DraftPlan.Task> all = new ArrayList<>(tasks);
		all.addAll(extra);
		all.sort(java.util.Comparator.comparingInt(DraftPlan.Task::start));
		java.util.Map<String, String> renamed = new java.util.HashMap<>();
		java.util.Map<String, String> bySection = new java.util.HashMap<>();
		tasks.clear();
		for (DraftPlan.Task t : all) {
			String key = "t" + (tasks.size() + 1);
			if (t.key() != null) {
				renamed.put(t.key(), key);
			}
			else {
				bySection.put(t.section(), key);
			}
			tasks.add(new DraftPlan.Task(key, t.section(), t.number(), t.title(), t.text(), t.start(), t.end()));
		}
		// The paragraphs of a section made a task belong to that task.
		for (int i = 0; i < blocks.size(); i++) {
			Block b = blocks.get(i);
			String task = b.task() != null ? renamed.get(b.task())
					: b.section() == null ? null : bySection.get(b.section().key());
			blocks.set(i, new Block(b.line(), b.section(), task));
		}
	}

	static boolean isHeading(String t) {
		return H1.matcher(t).matches() || H2.matcher(t).matches() || N3.matcher(t).matches()
				|| N4.matcher(t).matches();
	}

	/**
	 * The short commitment leading a paragraph (强化协同创新。…), or {@code null} when the paragraph does not start
	 * with one: an introduction (创新是推动发展的不竭动力。我们要…) is not a task.
	 */
	static String leadSentence(String t) {
		int stop = t.indexOf('。');
		if (stop < 2 || stop > MAX_LEAD || stop >= t.length() - 10) {
			return null;
		}
		String lead = t.substring(0, stop);
		if (lead.matches(".*[，,：:；;“”\"0-9].*") || lead.contains("是")) {
			return null;
		}
		String next = t.substring(stop + 1);
		if (next.startsWith("我们") || next.startsWith("要") || next.startsWith("这")) {
			return null;
		}
		return lead;
	}

	/** A task's title: its lead sentence when short, else its start. */
	static String leadTitle(String text) {
		int stop = firstStop(text);
		String title = stop > 0 && stop <= 60 ? text.substring(0, stop) : text.substring(0, Math.min(40, text.length()))
				+ (text.length() > 40 ? "…" : "");
		return strip(title);
	}

	private static int firstStop(String s) {
		int best = -1;
		for (char c : new char[] { '。', '；', '！' }) {
			int i = s.indexOf(c);
			if (i >= 0 && (best < 0 || i < best)) {
				best = i;
			}
		}
		return best;
	}

	private static String strip(String s) {
		return s.strip().replaceAll("[。；：:，,]+$", "");
	}
}
