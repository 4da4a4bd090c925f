package org.zhili.process.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Labelled;

/**
 * An export as an Excel workbook, written row by row with only a window of rows in memory (SXSSF): the list
 * sheet, the 时间线 sheet when the loop gives timelines, and the 说明 sheet.
 */
final class ExportWorkbook<T> implements AutoCloseable {

	static final String TIMELINE = "时间线";
	static final String ABOUT = "说明";
	static final List<String> TIMELINE_HEADERS = List.of("事项", "时间", "操作", "操作人", "单位", "说明");
	private static final int[] TIMELINE_WIDTHS = { 24, 18, 14, 14, 18, 60 };

	private final Exports.Spec<T> spec;
	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final Sheet list;
	private final Sheet timeline;
	private final CellStyle header;
	private final CellStyle time;
	private final CellStyle date;
	private int rows;
	private int timelineRows;

	ExportWorkbook(Exports.Spec<T> spec) {
		this.spec = spec;
		workbook.setCompressTempFiles(true);
		header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		time = workbook.createCellStyle();
		time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		list = sheet(spec.what(), spec.headers(), spec.columns().stream().mapToInt(Exports.Column::width).toArray());
		timeline = spec.timeline() == null ? null : sheet(TIMELINE, TIMELINE_HEADERS, TIMELINE_WIDTHS);
	}

	private Sheet sheet(String name, List<String> headers, int[] widths) {
		Sheet sheet = workbook.createSheet(name);
		Row head = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, Math.min(255, Math.max(1, widths[i])) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** Writes at most the cap of the rows, and says whether the list was cut. */
	Exports.Result fill(Exports.Rows<T> source) {
		return source.capped(spec.maxRows(), this::add);
	}

	private void add(T item) {
		Row row = list.createRow(++rows);
		List<Exports.Column<T>> columns = spec.columns();
		for (int i = 0; i < columns.size(); i++) {
			value(row, i, columns.get(i).value().apply(item));
		}
		if (timeline != null) {
			String ref = spec.itemRef().apply(item);
			Collection<? extends TimelineEntry> entries = spec.timeline().apply(item);
			for (TimelineEntry e : entries == null ? List.<TimelineEntry>of() : entries) {
				Row t = timeline.createRow(++timelineRows);
				value(t, 0, ref);
				value(t, 1, e.at());
				value(t, 2, e.actionLabel());
				value(t, 3, e.actor());
				value(t, 4, e.unitName() != null ? e.unitName() : e.unitCode());
				value(t, 5, e.note());
			}
		}
	}

	int rows() {
		return rows;
	}

	/** The 说明 sheet: what was exported, when, by whom, and whether the list was cut. */
	void describe(Map<String, String> facts) {
		Sheet about = workbook.createSheet(ABOUT);
		about.setColumnWidth(0, 16 * 256);
		about.setColumnWidth(1, 80 * 256);
		int r = 0;
		for (Map.Entry<String, String> fact : facts.entrySet()) {
			Row row = about.createRow(r++);
			row.createCell(0).setCellValue(fact.getKey());
			row.createCell(1).setCellValue(fact.getValue());
		}
	}

	void write(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

	private void value(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number n) {
			row.createCell(column).setCellValue(n.doubleValue());
		}
		else if (value instanceof Boolean b) {
			row.createCell(column).setCellValue(b ? "是" : "否");
		}
		else if (value instanceof Instant at) {
			styled(row, column, time).setCellValue(LocalDateTime.ofInstant(at, ChinaTime.ZONE));
		}
		else if (value instanceof LocalDateTime at) {
			styled(row, column, time).setCellValue(at);
		}
		else if (value instanceof LocalDate day) {
			styled(row, column, date).setCellValue(day);
		}
		else if (value instanceof Labelled l) {
			text(row, column, l.label());
		}
		else {
			text(row, column, value.toString());
		}
	}

	private static void text(Row row, int column, String text) {
		if (text != null && !text.isEmpty()) {
			row.createCell(column).setCellValue(text);
		}
	}

	private Cell styled(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}
}
