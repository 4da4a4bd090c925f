package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.zhili.plans.internal.ingestion.PlanParser.Line;

/**
 * Reads the tabular forms: a 任务分解表 (a header row naming the task, lead unit, co-units and deadline columns,
 * then one task a row — an Excel sheet, a Word table, or tab-separated text pasted from either), and a numbered
 * list whose items name their responsible units (民心工程：“1. 新建社区食堂11个（责任单位：区民政局）”).
 */
final class TaskTableReader {

	/** One row or list item: the task's text and where it stands, and the cells naming units and a deadline. */
	record Row(String number, String task, int start, int end, String lead, String co, String deadline, String leader,
			int paragraph) {
	}

	/** The rows of a table or list, the title above it, and whether it was a table (with columns) or a list. */
	record Table(String title, List<Row> rows, boolean columns) {
	}

	private static final Pattern TASK_COL = Pattern.compile("任务|事项|项目|工作内容|重点工作|名称");
	private static final Pattern DETAIL_COL = Pattern.compile("目标|具体内容|工作要求|完成标准|主要内容");
	private static final Pattern LEAD_COL = Pattern.compile("牵头|责任单位|责任部门|主责");
	private static final Pattern CO_COL = Pattern.compile("配合|协办|参与");
	private static final Pattern DEADLINE_COL = Pattern.compile("时限|完成时间|期限|截止|时间节点");
	private static final Pattern NUMBER_COL = Pattern.compile("^(序号|编号|#)$");
	private static final Pattern LEADER_COL = Pattern.compile("责任领导|分管领导|包联领导");
	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[、．.](?!\\d)\\s*(.+)$");
	/** Fewest list items that make a document a list. */
	private static final int MIN_LIST = 5;

	private TaskTableReader() {
	}

	/** The task table of {@code text}, or {@code null} when no header row with a task and a lead-unit column is found. */
	static Table table(String text) {
		List<Line> lines = PlanParser.lines(text);
		for (int h = 0; h < lines.size(); h++) {
			String[] head = lines.get(h).text().split("\t", -1);
			if (head.length < 2) {
				continue;
			}
			int task = column(head, TASK_COL, -1, LEAD_COL);
			int lead = column(head, LEAD_COL, task, CO_COL);
			if (task < 0 || lead < 0) {
				continue;
			}
			int detail = column(head, DETAIL_COL, task, LEAD_COL);
			int co = column(head, CO_COL, -1, null);
			int deadline = column(head, DEADLINE_COL, -1, null);
			int number = column(head, NUMBER_COL, -1, null);
			int leader = column(head, LEADER_COL, -1, null);
			List<Row> rows = new ArrayList<>();
			for (int r = h + 1; r < lines.size(); r++) {
				Line line = lines.get(r);
				String[] cells = line.text().split("\t", -1);
				String taskCell = cell(cells, task);
				if (taskCell.isEmpty() || cells.length < 2) {
					continue;
				}
				String body = detail >= 0 && !cell(cells, detail).isEmpty() ? taskCell + "。" + cell(cells, detail)
						: taskCell;
				int at = line.start() + line.text().indexOf(taskCell);
				int end = detail >= 0 && !cell(cells, detail).isEmpty()
						? line.start() + line.text().indexOf(cell(cells, detail), at - line.start()) + cell(cells, detail).length()
						: at + taskCell.length();
				rows.add(new Row(number >= 0 ? cell(cells, number) : String.valueOf(rows.size() + 1), body, at, end,
						cell(cells, lead), co >= 0 ? cell(cells, co) : "", deadline >= 0 ? cell(cells, deadline) : "",
						leader >= 0 ? cell(cells, leader) : "", r + 1));
			}
			String title = h > 0 ? lines.get(0).text().replace('\t', ' ').strip() : null;
			return rows.isEmpty() ? null : new Table(title, rows, true);
		}
		return null;
	}

	/**
	 * The numbered list of {@code text} when at least {@link #MIN_LIST} of its numbered items and most of them name
	 * a responsible unit; else {@code null}.
	 */
	static Table list(String text, UnitNames units) {
		List<Line> lines = PlanParser.lines(text);
		List<Row> rows = new ArrayList<>();
		int named = 0;
		String title = lines.isEmpty() || NUMBERED.matcher(lines.get(0).text()).matches() ? null : lines.get(0).text();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			var m = NUMBERED.matcher(line.text());
			if (!m.matches()) {
				continue;
			}
			String body = m.group(2).strip();
			int end = line.end();
			// An item running over a second line without a number.
			while (i + 1 < lines.size() && !NUMBERED.matcher(lines.get(i + 1).text()).matches()
					&& !OutlineBuilder.isHeading(lines.get(i + 1).text()) && !body.matches(".*[）)]$")
					&& lines.get(i + 1).text().length() < 80 && !lines.get(i + 1).text().contains("\t")) {
				body = body + lines.get(++i).text();
				end = lines.get(i).end();
			}
			UnitNames.Accountable who = units.accountable(body);
			if (who.lead() != null) {
				named++;
			}
			rows.add(new Row(m.group(1), body, line.start() + m.start(2), end, "", "", "",
					"", i + 1));
		}
		return rows.size() >= MIN_LIST && named * 3 >= rows.size() * 2 ? new Table(title, rows, false) : null;
	}

	private static int column(String[] head, Pattern p, int not, Pattern unless) {
		for (int c = 0; c < head.length; c++) {
			String h = head[c].strip();
			if (c != not && !h.isEmpty() && h.length() <= 12 && p.matcher(h).find()
					&& (unless == null || !unless.matcher(h).find())) {
				return c;
			}
		}
		return -1;
	}

	private static String cell(String[] cells, int c) {
		return c >= 0 && c < cells.length ? cells[c].strip() : "";
	}
}
