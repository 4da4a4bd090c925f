package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Chinese work plan or work report (工作要点, 政府工作报告) into a {@link DraftPlan}: the outline
 * (一、 / （一） / 1. 1、 / （1）), the tasks under it, the quantitative targets and the results reported for
 * the year before, and the 名词解释. Plain rules over lines and clauses, no model: a reviewer checks the
 * draft beside the source, and the rules are fast (a 100 KB report in milliseconds) and explainable.
 * Stateless and thread-safe.
 */
public final class PlanParser {

	private static final Pattern GLOSSARY = Pattern.compile("^(附[:：、]?\\s*)?名词解释[:：]?\\s*$");
	private static final Pattern TERM = Pattern.compile(
			"^(?:\\d{1,3}[、．.]\\s*|[（(]\\d{1,3}[）)]\\s*)?(?:【([^】]{1,40})】\\s*[:：]?|([^：:，,。]{1,40})[：:])\\s*(.+)$");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
	private static final Pattern TITLE = Pattern.compile("要点|报告|计划|方案|规划|安排|任务|工程|清单");

	private final QuantityReader quantities = new QuantityReader();

	/** A non-empty line: its text without surrounding blanks, and where that text starts in the source. */
	record Line(String text, int start) {

		int end() {
			return start + text.length();
		}
	}

	/** Parses {@code source}; never fails, an unstructured text gives a draft without sections or tasks. */
	public DraftPlan parse(String source) {
		List<Line> lines = lines(source);
		OutlineBuilder b = new OutlineBuilder();
		b.title = title(lines);
		boolean glossary = false;
		for (Line line : lines) {
			String t = line.text();
			if (GLOSSARY.matcher(t).matches()) {
				glossary = true;
				continue;
			}
			if (glossary) {
				Matcher m = TERM.matcher(t);
				if (m.matches()) {
					String term = m.group(1) != null ? m.group(1) : m.group(2);
					b.glossary.add(new DraftPlan.Term(term.strip(), m.group(3).strip(), line.start(), line.end()));
					continue;
				}
				if (!b.glossary.isEmpty() && !OutlineBuilder.isHeading(t)) {
					// A definition running over several lines.
					DraftPlan.Term last = b.glossary.remove(b.glossary.size() - 1);
					b.glossary.add(new DraftPlan.Term(last.term(), last.definition() + t, last.start(), line.end()));
					continue;
				}
				glossary = false;
			}
			if (line == lines.get(0) && b.title != null && t.equals(b.title)) {
				continue;
			}
			b.line(line);
		}
		b.finish();
		Integer year = year(lines, b);
		List<DraftPlan.Quantity> targets = new ArrayList<>();
		List<DraftPlan.Quantity> actuals = new ArrayList<>();
		for (OutlineBuilder.Block block : b.blocks) {
			boolean retro = block.section() != null && block.section().retrospective();
			String sectionKey = block.section() == null ? null : block.section().key();
			Integer period = year == null ? null : retro ? Integer.valueOf(year - 1) : year;
			List<DraftPlan.Quantity> found = quantities.read(block.line().text(), block.line().start(), retro, period,
					sectionKey, block.task());
			(retro ? actuals : targets).addAll(found);
		}
		return new DraftPlan(b.title, year, b.sections, b.tasks, targets, actuals, b.glossary);
	}

	/** The source cut into trimmed non-empty lines with their offsets (blank = whitespace, 　 and NBSP). */
	static List<Line> lines(String source) {
		List<Line> lines = new ArrayList<>();
		int n = source.length();
		int i = 0;
		while (i < n) {
			int end = i;
			while (end < n && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
				end++;
			}
			int s = i;
			int e = end;
			while (s < e && blank(source.charAt(s))) {
				s++;
			}
			while (e > s && blank(source.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				lines.add(new Line(source.substring(s, e), s));
			}
			i = end + 1;
		}
		return lines;
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
	}

	/** The first short line naming a plan or report among the first lines, e.g. 中共某某区委2012年工作要点. */
	private static String title(List<Line> lines) {
		for (int i = 0; i < Math.min(8, lines.size()); i++) {
			String t = lines.get(i).text();
			if (t.length() <= 40 && !OutlineBuilder.isHeading(t) && TITLE.matcher(t).find() && !t.contains("。")) {
				return t;
			}
		}
		return null;
	}

	/**
	 * The year the plan is for: the year of the first forward-looking level-1 heading (二、2019年工作目标…),
	 * else the year in the title, else the year after a retrospective heading's year.
	 */
	private static Integer year(List<Line> lines, OutlineBuilder b) {
		for (DraftPlan.Section s : b.sections) {
			if (s.level() == 1 && !s.retrospective()) {
				Matcher m = YEAR.matcher(s.title());
				if (m.find()) {
					return Integer.valueOf(m.group(1));
				}
			}
		}
		for (DraftPlan.Section s : b.sections) {
			if (s.retrospective()) {
				Matcher m = YEAR.matcher(s.title());
				if (m.find()) {
					return Integer.valueOf(m.group(1)) + 1;
				}
			}
		}
		if (b.title != null) {
			Matcher m = YEAR.matcher(b.title);
			if (m.find()) {
				return Integer.valueOf(m.group(1));
			}
		}
		return null;
	}
}
