package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.platform.ApiProblem;

/**
 * Reads a received document of any form into a draft plan with its review items: a 任务分解表 or 民心工程 list by
 * its rows, a numbered outline with {@link PlanParser}, and anything else that has sentences by its paragraphs and
 * sentences ({@link ProseReader}), saying so in the draft's notes. Only a text without a single sentence is
 * refused. Pure and thread-safe given its {@link UnitNames}; no Spring, so tests and benchmarks run it directly.
 */
final class DraftReader {

	static final String NOTE_FALLBACK = "未识别到层级结构，按段落和句子提取";
	static final String NOTE_HEADINGS = "按无编号标题（加粗、独立短行或“一要…二要…”）分节，标题下的段落作为任务";
	static final String NOTE_NEWS = "文中数字多为已完成情况，按实绩提取，可作为对应指标的实际值";
	static final String NOTE_TABLE = "按任务分解表逐行提取任务、牵头单位、配合单位和完成时限";
	static final String NOTE_LIST = "按编号清单逐项提取，责任单位取自各项括注";
	static final String NOTE_EMPTY = "未找到任务或指标，请对照原文手工补充";

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?:年|-\\d{1,2}-)");
	/** A sentence: some words ended by a stop, or a long enough run of words. */
	private static final Pattern SENTENCE = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,}[^。！？!?\\n]*[。！？!?；;]|[\\p{IsHan}]{8,}");

	private final PlanParser parser = new PlanParser();
	private final ProseReader prose = new ProseReader();
	private final QuantityReader quantities = new QuantityReader();
	private final UnitNames units;

	DraftReader(UnitNames units) {
		this.units = units;
	}

	DraftPlan read(DocumentText doc) {
		String text = doc.text();
		if (!SENTENCE.matcher(text).find()) {
			throw ApiProblem.unprocessable("no_sentences",
					"文件中没有可识别的句子（只有标题、菜单、数字或零散词语），无法生成计划草稿", null);
		}
		TaskTableReader.Table table = TaskTableReader.table(text);
		if (table != null) {
			return fromRows(text, table, DocumentForm.TASK_TABLE, NOTE_TABLE, ItemBuilder.Origin.TABLE_ROW);
		}
		TaskTableReader.Table list = TaskTableReader.list(text, units);
		if (list != null) {
			return fromRows(text, list, DocumentForm.LIST, NOTE_LIST, ItemBuilder.Origin.LIST_ITEM);
		}
		DraftPlan outline = parser.parse(text);
		// Bold or styled headings without numbers outweigh a stray numbered line; numbered headings do not.
		boolean numberedHeadings = outline.sections().stream().anyMatch(s -> s.level() <= 2);
		if (outline.sections().size() + outline.tasks().size() >= 2
				&& (doc.headingStarts().isEmpty() || numberedHeadings)) {
			DraftPlan d = outline.year() != null ? outline : withYear(outline, year(text, outline.title()));
			return review(text, d, DocumentForm.OUTLINE, new ArrayList<>(), Map.of(), true);
		}
		return fromProse(text, doc);
	}

	private DraftPlan fromProse(String text, DocumentText doc) {
		ProseReader.Reading r = prose.read(text, doc.headingStarts());
		Integer year = year(text, r.title());
		List<DraftPlan.Quantity> targets = new ArrayList<>();
		List<DraftPlan.Quantity> actuals = new ArrayList<>();
		int results = 0;
		for (ProseReader.Piece p : r.pieces()) {
			boolean retro = p.section() != null && p.section().retrospective();
			Integer period = year == null ? null : retro ? Integer.valueOf(year - 1) : year;
			List<DraftPlan.Quantity> found = quantities.read(p.sentence().text(), p.sentence().start(), p.result(), period,
					p.section() == null ? null : p.section().key(), p.task());
			(p.result() ? actuals : targets).addAll(found);
			results += p.result() ? 1 : 0;
		}
		boolean headings = !r.sections().isEmpty() || r.ordinals() > 0;
		DocumentForm form = headings ? DocumentForm.HEADINGS
				: actuals.size() > targets.size() || results * 2 > r.pieces().size() ? DocumentForm.NEWS
				: DocumentForm.PROSE;
		List<String> notes = new ArrayList<>(List.of(NOTE_FALLBACK));
		if (headings) {
			notes.add(NOTE_HEADINGS);
		}
		if (!actuals.isEmpty() && form == DocumentForm.NEWS) {
			notes.add(NOTE_NEWS);
		}
		Map<String, ItemBuilder.TaskExtra> extras = new HashMap<>();
		for (DraftPlan.Task t : r.tasks()) {
			ItemBuilder.Origin origin = t.text().matches("^(?:[一二三四五六七八九十]{1,2}(?:要|是)|第[一二三四五六七八九十]{1,2}[，,、]).*")
					? ItemBuilder.Origin.ORDINAL
					: t.section() != null ? ItemBuilder.Origin.HEADING_PARAGRAPH : ItemBuilder.Origin.PROSE_SENTENCE;
			extras.put(t.key(), new ItemBuilder.TaskExtra(origin, null, null, null));
		}
		DraftPlan d = new DraftPlan(r.title(), year, r.sections(), r.tasks(), targets, actuals, List.of());
		return review(text, d, form, notes, extras, headings);
	}

	private DraftPlan fromRows(String text, TaskTableReader.Table table, DocumentForm form, String note,
			ItemBuilder.Origin origin) {
		Integer year = year(text, table.title());
		List<DraftPlan.Task> tasks = new ArrayList<>();
		List<DraftPlan.Quantity> targets = new ArrayList<>();
		Map<String, ItemBuilder.TaskExtra> extras = new HashMap<>();
		for (TaskTableReader.Row row : table.rows()) {
			String key = "t" + (tasks.size() + 1);
			String body = row.task();
			tasks.add(new DraftPlan.Task(key, null, row.number(), ProseReader.title(stripUnits(body)), body, row.start(),
					row.end()));
			extras.put(key, new ItemBuilder.TaskExtra(origin, row.lead(), row.co(), row.deadline().isEmpty() ? null
					: row.deadline()));
			// Tabs as commas keep the offsets and end a clause at each cell.
			String span = text.substring(row.start(), row.end()).replace('\t', '，');
			targets.addAll(quantities.read(stripLabels(span), row.start(), false, year, null, key));
		}
		DraftPlan d = new DraftPlan(table.title(), year, List.of(), tasks, targets, List.of(), List.of());
		return review(text, d, form, new ArrayList<>(List.of(note)), extras, true);
	}

	private DraftPlan review(String text, DraftPlan d, DocumentForm form, List<String> notes,
			Map<String, ItemBuilder.TaskExtra> extras, boolean structured) {
		List<DraftPlan.Item> items = new ItemBuilder(text, units).build(d, extras, structured);
		if (items.isEmpty()) {
			notes.add(NOTE_EMPTY);
		}
		return d.withReview(form, List.copyOf(notes), items);
	}

	private static final Pattern UNIT_LABEL = Pattern.compile("[（(]?(?:牵头单位|责任单位|配合单位)[:：][^）)]*[）)]?");

	/** A unit label's text blanked out (same length), so 责任单位 lists are not read as quantities. */
	private static String stripLabels(String s) {
		Matcher m = UNIT_LABEL.matcher(s);
		StringBuilder b = new StringBuilder(s);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				b.setCharAt(i, '，');
			}
		}
		return b.toString();
	}

	private static String stripUnits(String s) {
		return s.replaceAll("[（(](?:牵头单位|责任单位|配合单位)[:：][^）)]*[）)]", "").strip();
	}

	private static DraftPlan withYear(DraftPlan d, Integer year) {
		return new DraftPlan(d.title(), year, d.sections(), d.tasks(), d.targets().stream().map(q -> period(q, year)).toList(),
				d.actuals().stream().map(q -> period(q, year == null ? null : year - 1)).toList(), d.glossary());
	}

	private static DraftPlan.Quantity period(DraftPlan.Quantity q, Integer year) {
		return q.period() != null ? q : new DraftPlan.Quantity(q.indicator(), q.comparator(), q.value(), q.upper(), q.unit(),
				q.qualifier(), q.quote(), year, q.main(), q.section(), q.task(), q.start(), q.end());
	}

	/** The year a document is for: in its title, else the first year named in its opening lines, else none. */
	static Integer year(String text, String title) {
		if (title != null) {
			Matcher m = YEAR.matcher(title);
			if (m.find()) {
				return Integer.valueOf(m.group(1));
			}
		}
		Matcher m = YEAR.matcher(text.substring(0, Math.min(text.length(), 400)));
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}
}
