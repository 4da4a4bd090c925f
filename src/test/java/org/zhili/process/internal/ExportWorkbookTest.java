package org.zhili.process.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.process.Exports;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Exports.Column;
import org.zhili.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's workbook: the header row, the row cap and whether it cut, the 时间线 sheet, the 说明 sheet. */
class ExportWorkbookTest {

	record Item(String ref, int n, LocalDate due, Boolean onTime) {
	}

	static final List<Column<Item>> COLUMNS = List.of(Column.of("编号", 10, Item::ref), Column.of("数量", 6, Item::n),
			Column.of("期限", 12, Item::due), Column.of("按期", 6, Item::onTime));

	static List<Item> items(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(i -> new Item("A-" + i, i, LocalDate.of(2026, 3, 1).plusDays(i), i % 2 == 0 ? Boolean.TRUE : null))
			.toList();
	}

	@Test
	void theListSheetHasTheHeadersAndOneRowPerItemWithTypedCells() throws IOException {
		Exports.Spec<Item> spec = Exports.Spec.of("tests", "事项", null, COLUMNS, 10);
		byte[] xlsx;
		Exports.Result result;
		try (ExportWorkbook<Item> workbook = new ExportWorkbook<>(spec)) {
			result = workbook.fill(Exports.Rows.of(items(3)));
			xlsx = bytes(workbook);
		}
		assertThat(result).isEqualTo(new Exports.Result(3, false));
		List<List<String>> rows = rows(xlsx, "事项");
		assertThat(rows.get(0)).containsExactly("编号", "数量", "期限", "按期");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(2)).containsExactly("A-2", "2", "2026-03-03", "是");
		assertThat(rows.get(1)).startsWith("A-1", "1");
		assertThat(spec.filter()).isEqualTo("全部");
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(read.getSheet(ExportWorkbook.TIMELINE)).as("no timeline asked for").isNull();
			assertThat(read.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void theCapCutsTheListAndSaysSo() throws IOException {
		Exports.Spec<Item> spec = Exports.Spec.of("tests", "事项", "year=2026", COLUMNS, 5);
		try (ExportWorkbook<Item> workbook = new ExportWorkbook<>(spec)) {
			Exports.Result result = workbook.fill(Exports.Rows.of(items(8).stream()));
			assertThat(result).isEqualTo(new Exports.Result(5, true));
			workbook.describe(AuditedExports.facts(spec, result,
					new Actor(1L, "tester", java.util.Set.of(), new DataScope("120104", "/120104/", true)),
					Instant.parse("2026-03-01T02:00:00Z")));
			byte[] xlsx = bytes(workbook);
			assertThat(rows(xlsx, "事项")).hasSize(6);
			String about = rows(xlsx, ExportWorkbook.ABOUT).toString();
			assertThat(about).contains("事项数, 5").contains("筛选条件, year=2026").contains("导出人, tester")
				.contains("仅导出前 5 件").contains("2026-03-01 10:00:00");
		}
		try (ExportWorkbook<Item> exact = new ExportWorkbook<>(spec)) {
			assertThat(exact.fill(Exports.Rows.of(items(5)))).as("exactly the cap is not cut")
				.isEqualTo(new Exports.Result(5, false));
			assertThat(rows(bytes(exact), "事项")).hasSize(6);
		}
	}

	@Test
	void theTimelineSheetHoldsEveryItemsTimeline() throws IOException {
		Exports.Spec<Item> spec = Exports.Spec.of("tests", "事项", null, COLUMNS, 10)
			.withTimeline(Item::ref, item -> item.n() == 2 ? List.of()
					: List.of(new TimelineEntry(Instant.parse("2026-03-01T02:00:00Z"), "assign", "交办", "supervisor",
							"120104CGW", "城管委", "三个月内答复", null),
							new TimelineEntry(Instant.parse("2026-03-02T02:30:00Z"), "reply", "答复", "chengguan", null, null,
									null, null)));
		try (ExportWorkbook<Item> workbook = new ExportWorkbook<>(spec)) {
			workbook.fill(Exports.Rows.of(items(3)));
			List<List<String>> timeline = rows(bytes(workbook), ExportWorkbook.TIMELINE);
			assertThat(timeline.get(0)).containsExactlyElementsOf(ExportWorkbook.TIMELINE_HEADERS);
			assertThat(timeline).hasSize(5);
			assertThat(timeline.get(1)).containsExactly("A-1", "2026-03-01 10:00", "交办", "supervisor", "城管委", "三个月内答复");
			assertThat(timeline.get(3).get(0)).isEqualTo("A-3");
		}
	}

	@Test
	void aSpecNeedsColumnsAndACap() {
		assertThatThrownBy(() -> Exports.Spec.of("tests", "事项", null, List.<Column<Item>>of(), 10))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Exports.Spec.of("tests", "事项", null, COLUMNS, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(Exports.Spec.of("tests", "事项", null, COLUMNS, 1).withNote("个人信息", "已脱敏").notes())
			.isEqualTo(Map.of("个人信息", "已脱敏"));
	}

	private static byte[] bytes(ExportWorkbook<?> workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
		return Workbooks.rows(xlsx, sheetName);
	}

}
