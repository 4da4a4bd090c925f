package org.zhili.plans.internal.targets;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.plan.PlanService;
import org.zhili.platform.ApiProblem;

/**
 * Actual values from a spreadsheet (.xlsx): the first sheet, a header row, then one row per value with the columns
 * 指标 (the target's indicator as in the plan), 期间 (2026 or 2026-06), 实际值 and optionally 说明. All or nothing:
 * every row is checked as a single entry would be, and one bad row refuses the file with a report of every row.
 */
@Service
class ActualsImport {

	/** One refused row: its number as the spreadsheet shows it, and why. */
	record RowError(int row, String field, String message) {
	}

	record Imported(int rows) {
	}

	/** A row that reads as a value, to be recorded as a single entry would be. */
	private record Entry(long target, String period, BigDecimal value, String note, int row) {
	}

	static final int MAX_ROWS = 5000;

	private final PlanService plans;
	private final TargetActuals actuals;

	ActualsImport(PlanService plans, TargetActuals actuals) {
		this.plans = plans;
		this.actuals = actuals;
	}

	@Transactional
	public Imported importXlsx(long planId, byte[] bytes, Actor actor) {
		Map<String, Long> targets = new HashMap<>();
		plans.tree(planId, actor).targets().forEach(t -> targets.putIfAbsent(t.indicator(), t.id()));
		List<String[]> rows = read(bytes);
		List<RowError> errors = new ArrayList<>();
		List<Entry> valid = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] r = rows.get(i);
			int shown = i + 2;
			Long target = targets.get(r[0]);
			if (target == null) {
				errors.add(new RowError(shown, "指标", "计划中没有指标“" + r[0] + "”"));
				continue;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(r[2].replace(",", "").strip());
			}
			catch (NumberFormatException e) {
				errors.add(new RowError(shown, "实际值", "“" + r[2] + "”不是数字"));
				continue;
			}
			valid.add(new Entry(target, r[1], value, r[3], shown));
		}
		for (Entry v : valid) {
			try {
				actuals.recordActual(v.target(), actor, v.period(), v.value(), v.note(), "IMPORTED");
			}
			catch (ApiProblem p) {
				errors.add(new RowError(v.row(), p.errors().isEmpty() ? "" : p.errors().get(0).field(), p.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(RowError::row));
			// Throwing rolls back the rows already recorded: nothing is half-imported.
			throw ApiProblem.unprocessable("invalid_rows", errors.size() + " 行有误，未导入任何数据", errors);
		}
		return new Imported(valid.size());
	}

	private static List<String[]> read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw ApiProblem.badInput("file", "empty_document", "上传的文件是空的");
		}
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<String[]> rows = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String[] cells = new String[4];
				for (int c = 0; c < 4; c++) {
					Cell cell = row.getCell(c);
					cells[c] = cell == null ? "" : cell.getCellType() == CellType.NUMERIC && c == 2
							? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
							: format.formatCellValue(cell).strip();
				}
				if (String.join("", cells).isBlank()) {
					continue;
				}
				rows.add(cells);
				if (rows.size() > MAX_ROWS) {
					throw ApiProblem.badInput("file", "too_many_rows", "最多 " + MAX_ROWS + " 行");
				}
			}
			if (rows.isEmpty()) {
				throw ApiProblem.badInput("file", "empty_document", "表格没有数据行（第一行为表头：指标、期间、实际值、说明）");
			}
			return rows;
		}
		catch (ApiProblem p) {
			throw p;
		}
		catch (Exception e) {
			throw ApiProblem.badInput("file", "unreadable_xlsx", "无法读取该文件：请上传 .xlsx 表格");
		}
	}
}
