package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a draft's tasks, targets and results into the items a reviewer accepts, edits or drops: each with its
 * source sentence, paragraph, kind, value, unit, year, accountable unit and {@link Confidence}.
 */
final class ItemBuilder {

	/** How a task was found, which sets its base confidence. */
	enum Origin {
		TABLE_ROW(0.95, "任务分解表行"), LIST_ITEM(0.90, "编号清单项"), NUMBERED(0.90, "编号事项"), ORDINAL(0.80, "一要/一是分项"),
		LEAD_SENTENCE(0.75, "段首短句"), HEADING_PARAGRAPH(0.70, "无编号标题下段落"), PROSE_SENTENCE(0.55, "承诺性句子");

		final double base;
		final String signal;

		Origin(double base, String signal) {
			this.base = base;
			this.signal = signal;
		}
	}

	/** What the table or list said about a task beyond its text. */
	record TaskExtra(Origin origin, String lead, String co, String deadline) {
	}

	private static final Pattern BY_YEAR = Pattern.compile("到((?:19|20)\\d{2})年");
	private static final Pattern NAMED_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
	private static final Pattern LAST_YEAR = Pattern.compile("过去一年|去年|上年|一年来");
	/** Where a source sentence ends: the parts a semicolon separates are sentences of their own here. */
	private static final String SENTENCE_STOPS = "。！？!?；;\n";

	private final String text;
	private final UnitNames units;
	private final int[] lineStarts;

	ItemBuilder(String text, UnitNames units) {
		this.text = text;
		this.units = units;
		this.lineStarts = PlanParser.lines(text).stream().mapToInt(PlanParser.Line::start).toArray();
	}

	/**
	 * The items of {@code draft} in document order.
	 *
	 * @param extras what a table or list said about each task, by task key
	 * @param structured whether the document had a structure (outline, headings, table): prose items lose a little
	 */
	List<DraftPlan.Item> build(DraftPlan draft, Map<String, TaskExtra> extras, boolean structured) {
		List<DraftPlan.Item> items = new ArrayList<>();
		Map<String, UnitNames.Accountable> taskUnits = new HashMap<>();
		for (DraftPlan.Task t : draft.tasks()) {
			TaskExtra extra = extras.getOrDefault(t.key(), new TaskExtra(t.number() != null ? Origin.NUMBERED
					: Origin.LEAD_SENTENCE, null, null, null));
			UnitNames.Accountable who = accountable(t.text(), extra);
			taskUnits.put(t.key(), who);
			Confidence c = Confidence.of(extra.origin().base, extra.origin().signal)
				.add(who.lead() != null && who.labelled(), 0.05, "标明责任单位")
				.add(who.lead() != null && !who.labelled(), 0.02, "提及单位")
				.add(t.title().length() < 4, -0.10, "标题过短");
			items.add(item("task:" + t.key(), ItemKind.TASK, t.title(), null, null, null, draft.year(), who,
					extra.deadline(), extra.origin() == Origin.TABLE_ROW ? sentence(t.start(), t.end(), true)
							: firstSentence(t.text()), t.start(),
					t.end(), c));
		}
		for (int i = 0; i < draft.targets().size(); i++) {
			DraftPlan.Quantity q = draft.targets().get(i);
			String sentence = sentence(q.start(), q.end(), false);
			items.add(quantity("target:" + i, TargetKinds.of(q, sentence), q, sentence, draft, taskUnits, structured));
		}
		for (int i = 0; i < draft.actuals().size(); i++) {
			DraftPlan.Quantity q = draft.actuals().get(i);
			items.add(quantity("actual:" + i, ItemKind.ACTUAL, q, sentence(q.start(), q.end(), false), draft, taskUnits,
					structured));
		}
		items.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
				: Integer.compare(a.kind() == ItemKind.TASK ? 0 : 1, b.kind() == ItemKind.TASK ? 0 : 1));
		List<DraftPlan.Item> keyed = new ArrayList<>(items.size());
		for (DraftPlan.Item it : items) {
			keyed.add(new DraftPlan.Item("i" + (keyed.size() + 1), it.ref(), it.kind(), it.title(), it.comparator(),
					it.value(), it.unit(), it.year(), it.unitCode(), it.unitName(), it.coUnits(), it.deadline(), it.due(),
					it.sentence(), it.paragraph(), it.start(), it.end(), it.confidence(), it.signals()));
		}
		return keyed;
	}

	private DraftPlan.Item quantity(String ref, ItemKind kind, DraftPlan.Quantity q, String sentence, DraftPlan draft,
			Map<String, UnitNames.Accountable> taskUnits, boolean structured) {
		UnitNames.Accountable who = units.accountable(sentence);
		if (who.lead() == null && q.task() != null && taskUnits.containsKey(q.task())) {
			who = taskUnits.get(q.task());
		}
		int indicator = q.indicator().length();
		Confidence c = Confidence.of(0.70, "数值+单位")
			.add(indicator >= 3 && indicator <= 16, 0.10, "指标名明确")
			.add(indicator < 3 || indicator > 16, -0.20, "指标名不清")
			.add(q.main(), 0.10, "主要目标段")
			.add(!q.comparator().equals("reach"), 0.05, "比较词")
			.add(kind == ItemKind.ACTUAL && ResultReader.resultMarkers(sentence) >= 2, 0.10, "多个实绩标志")
			.add(!structured, -0.10, "无层级结构");
		Integer year = year(kind, q.period() != null ? q.period() : draft.year(), sentence);
		return new DraftPlan.Item(null, ref, kind, q.indicator(), q.comparator(), q.value(), q.unit(), year,
				who.lead() == null ? null : who.lead().code(), who.lead() == null ? null : who.lead().name(),
				who.co().stream().map(UnitNames.Mention::code).toList(), null, null, sentence, paragraph(q.start()), q.start(),
				q.end(), c.value(), c.signals());
	}

	private DraftPlan.Item item(String ref, ItemKind kind, String title, String comparator, java.math.BigDecimal value,
			String unit, Integer year, UnitNames.Accountable who, String deadline, String sentence, int start, int end,
			Confidence c) {
		return new DraftPlan.Item(null, ref, kind, title, comparator, value, unit, year,
				who.lead() == null ? null : who.lead().code(), who.lead() == null ? null : who.lead().name(),
				who.co().stream().map(UnitNames.Mention::code).toList(), deadline, WrittenDeadline.parse(deadline, year),
				sentence, paragraph(start), start, end,
				c.value(), c.signals());
	}

	private UnitNames.Accountable accountable(String taskText, TaskExtra extra) {
		if (extra.lead() == null || extra.lead().isEmpty()) {
			return units.accountable(taskText);
		}
		List<UnitNames.Mention> lead = units.find(extra.lead());
		List<UnitNames.Mention> co = new ArrayList<>(lead.size() > 1 ? lead.subList(1, lead.size()) : List.of());
		co.addAll(units.find(extra.co()));
		if (lead.isEmpty()) {
			return units.accountable(taskText);
		}
		return new UnitNames.Accountable(lead.get(0), co, true);
	}

	/**
	 * The year an item is for: a target's 到2027年, else the year its sentence names (2025年全区…完成…), else a result
	 * of 过去一年 the year before the document's, else the document's.
	 */
	private Integer year(ItemKind kind, Integer year, String sentence) {
		Matcher by = BY_YEAR.matcher(sentence);
		if (kind != ItemKind.ACTUAL && by.find()) {
			return Integer.valueOf(by.group(1));
		}
		Matcher named = NAMED_YEAR.matcher(sentence);
		if (named.find()) {
			return Integer.valueOf(named.group(1));
		}
		if (kind == ItemKind.ACTUAL && year != null && LAST_YEAR.matcher(sentence).find()) {
			return year - 1;
		}
		return year;
	}

	/** The sentence around {@code start}; a table row's task is its own sentence. */
	private String sentence(int start, int end, boolean whole) {
		if (whole) {
			return text.substring(start, end).replace('\t', ' ');
		}
		int a = start;
		while (a > 0 && SENTENCE_STOPS.indexOf(text.charAt(a - 1)) < 0) {
			a--;
		}
		int b = Math.max(end, start);
		while (b < text.length() && SENTENCE_STOPS.indexOf(text.charAt(b)) < 0) {
			b++;
		}
		if (b < text.length() && text.charAt(b) != '\n') {
			b++;
		}
		return text.substring(a, b).strip();
	}

	private static String firstSentence(String task) {
		for (int i = 0; i < task.length(); i++) {
			if (SENTENCE_STOPS.indexOf(task.charAt(i)) >= 0) {
				return task.substring(0, i + 1).strip();
			}
		}
		return task.strip();
	}

	/** The paragraph (non-empty line, from 1) {@code offset} stands in. */
	int paragraph(int offset) {
		int i = Arrays.binarySearch(lineStarts, offset);
		return (i >= 0 ? i : -i - 2) + 1;
	}
}
