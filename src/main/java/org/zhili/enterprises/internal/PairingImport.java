package org.zhili.enterprises.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.enterprises.Pairings.NewPairing;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/**
 * Pairings from a table the 营商环境 office keeps (CSV or XLSX, first row headers): 统一社会信用代码, 企业名称,
 * 包联干部账号, and optionally 起始日期, 走访周期（天）, 备注. All rows or none: any wrong row rejects the file (422),
 * each named by its row number and problem.
 */
@Service
class PairingImport {

	static final int MAX_ROWS = 2000;
	private static final List<String> COLUMNS = List.of("统一社会信用代码", "企业名称", "包联干部账号", "起始日期", "走访周期（天）", "备注");

	/** One row's problem. */
	record RowError(int row, String message) {
	}

	/** What an import did. */
	record Report(int rows, int paired, List<RowError> errors) {
	}

	private final PairingService pairings;

	PairingImport(PairingService pairings) {
		this.pairings = pairings;
	}

	@Transactional
	Report load(String fileName, byte[] content, Actor actor) {
		List<List<String>> rows = read(fileName, content);
		if (rows.isEmpty()) {
			throw ApiProblem.badInput("file", "empty_file", "文件没有表头");
		}
		List<String> header = rows.get(0).stream().map(String::strip).toList();
		int[] at = new int[COLUMNS.size()];
		for (int c = 0; c < COLUMNS.size(); c++) {
			at[c] = header.indexOf(COLUMNS.get(c));
			if (c < 3 && at[c] < 0) {
				throw ApiProblem.badInput("file", "missing_column", "缺少列“" + COLUMNS.get(c) + "”（表头须含：统一社会信用代码、企业名称、包联干部账号）");
			}
		}
		if (rows.size() - 1 > MAX_ROWS) {
			throw ApiProblem.badInput("file", "too_many_rows", "一次最多导入 " + MAX_ROWS + " 行");
		}
		List<RowError> errors = new ArrayList<>();
		int paired = 0;
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			try {
				String every = cell(row, at[4]);
				pairings.pairing(new NewPairing(cell(row, at[0]), cell(row, at[1]), cell(row, at[2]),
						date(cell(row, at[3])), every.isEmpty() ? null : Integer.valueOf(every), cell(row, at[5])), actor);
				paired++;
			}
			catch (ApiProblem p) {
				errors.add(new RowError(i + 1, p.getMessage()));
			}
			catch (NumberFormatException | DateTimeParseException e) {
				errors.add(new RowError(i + 1, "起始日期须为 2026-01-31 的格式，走访周期须为天数"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.unprocessable("import_rejected",
					"导入未执行：" + errors.size() + " 行有误（第 " + errors.get(0).row() + " 行：" + errors.get(0).message() + "）",
					new Report(rows.size() - 1, 0, errors));
		}
		return new Report(rows.size() - 1, paired, List.of());
	}

	private static String cell(List<String> row, int index) {
		return index < 0 || index >= row.size() ? "" : row.get(index).strip();
	}

	private static LocalDate date(String s) {
		return s.isEmpty() ? null : LocalDate.parse(s.replace('/', '-'));
	}

	private static List<List<String>> read(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return xlsx(content);
			}
			if (name.endsWith(".csv")) {
				List<List<String>> rows = new ArrayList<>();
				try (var reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
					for (CSVRecord r : CSVFormat.DEFAULT.builder().get().parse(reader)) {
						List<String> cells = new ArrayList<>(r.toList());
						if (rows.isEmpty() && !cells.isEmpty()) {
							cells.set(0, cells.get(0).replace("\uFEFF", ""));
						}
						rows.add(cells);
					}
				}
				return rows;
			}
		}
		catch (IOException | RuntimeException e) {
			throw ApiProblem.badInput("file", "unreadable_file", "无法读取文件：" + e.getMessage());
		}
		throw ApiProblem.badInput("file", "unsupported_format", "请上传 .csv 或 .xlsx 文件");
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter(Locale.ROOT);
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					var cell = row.getCell(c);
					if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							&& org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
						cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
					}
					else {
						cells.add(cell == null ? "" : format.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
		}
		return rows;
	}
}
