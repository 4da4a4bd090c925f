package org.zhili.cases.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhili.cases.CaseSummary;
import org.zhili.cases.CaseView;
import org.zhili.platform.ChinaTime;

/**
 * A case list as an Excel workbook, written row by row with only a window of rows in memory (SXSSF): sheet
 * 工单 with one row per case, requester columns masked, and sheet 说明 with the filter, the time, the row
 * count and whether the list was cut at the limit.
 */
final class CaseWorkbook implements AutoCloseable {

	static final List<String> HEADERS = List.of("工单编号", "轮次", "状态", "待审批", "类型", "渠道", "分类", "紧急程度", "标题",
			"地址", "街道", "主办单位", "诉求人", "联系电话", "受理时间", "办理时限", "时限状态", "督办", "退单次数", "满意度");
	private static final int[] WIDTHS = { 18, 6, 10, 8, 8, 12, 30, 14, 36, 30, 12, 18, 10, 16, 18, 18, 10, 10, 8, 10 };

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final SXSSFSheet cases;
	private final CellStyle time;
	private int rows;

	CaseWorkbook() {
		workbook.setCompressTempFiles(true);
		cases = workbook.createSheet("工单");
		CellStyle header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		time = workbook.createCellStyle();
		time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		Row head = cases.createRow(0);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(HEADERS.get(i));
			cell.setCellStyle(header);
			cases.setColumnWidth(i, WIDTHS[i] * 256);
		}
		cases.createFreezePane(0, 1);
	}

	/** One case; the requester as the viewer may see it (masked). */
	void add(CaseSummary c, CaseView.Requester requester) {
		Row row = cases.createRow(++rows);
		int i = 0;
		text(row, i++, c.trackingNumber());
		row.createCell(i++).setCellValue(c.round());
		text(row, i++, c.state().label());
		text(row, i++, label(c.pending()));
		text(row, i++, label(c.type()));
		text(row, i++, label(c.channel()));
		text(row, i++, c.category() == null ? null : c.category().fullName());
		text(row, i++, label(c.urgency()));
		text(row, i++, c.title());
		text(row, i++, c.address());
		text(row, i++, c.street() == null ? null : c.street().name());
		text(row, i++, c.leadUnit() == null ? null : c.leadUnit().name());
		text(row, i++, requester.name());
		text(row, i++, requester.phone());
		time(row, i++, c.registeredAt());
		time(row, i++, c.dueAt());
		text(row, i++, c.light() == null || "NONE".equals(c.light().code()) ? null : c.light().label());
		text(row, i++, label(c.supervision()));
		row.createCell(i++).setCellValue(c.returnCount());
		text(row, i, label(c.satisfaction()));
	}

	int rows() {
		return rows;
	}

	/** The 说明 sheet: what was exported, when, by whom, and whether the list was cut. */
	void describe(Map<String, String> facts) {
		Sheet about = workbook.createSheet("说明");
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

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private void time(Row row, int column, Instant at) {
		if (at != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(LocalDateTime.ofInstant(at, ChinaTime.ZONE));
			cell.setCellStyle(time);
		}
	}

	private static String label(CaseView.Labelled l) {
		return l == null ? null : l.label();
	}
}
