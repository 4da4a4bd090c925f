package org.zhili.inspection.internal.subjects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.Subjects.Scale;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Labelled;

/**
 * The import workbook: the template people fill in (a 检查对象 sheet with the Chinese headers, drop-down lists for
 * type, scale and class, and a 填写说明 sheet), and reading one back into rows numbered as Excel shows them.
 */
final class SubjectSheet {

	static final String SHEET = "检查对象";
	static final String HELP_SHEET = "填写说明";
	/** Rows of the template that offer the drop-down lists. */
	private static final int LISTED_ROWS = 20_000;

	private SubjectSheet() {
	}

	/** What a workbook holds: its data rows (blank ones left out) and the problems of its header row. */
	record Read(List<SubjectRow> rows, List<RowError> headerProblems) {
	}

	/**
	 * Reads the 检查对象 sheet (or the first) of an .xlsx or .xls workbook: the first row names the columns.
	 *
	 * @throws ApiProblem 400 when it is not a workbook or holds more than {@code maxRows} rows
	 */
	static Read read(InputStream in, int maxRows) {
		try (Workbook workbook = open(in)) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				return new Read(List.of(), List.of(new RowError(1, SubjectColumn.CREDIT_CODE.header(), "第 1 行应为列名，请使用导入模板")));
			}
			Map<SubjectColumn, Integer> columns = new EnumMap<>(SubjectColumn.class);
			for (Cell cell : header) {
				SubjectColumn.ofHeader(text(cell)).ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex()));
			}
			List<RowError> headerProblems = new ArrayList<>();
			for (SubjectColumn c : SubjectColumn.values()) {
				if (c.required() && !columns.containsKey(c)) {
					headerProblems.add(new RowError(header.getRowNum() + 1, c.header(), "缺少“" + c.header() + "”列，请使用导入模板"));
				}
			}
			if (sheet.getLastRowNum() - header.getRowNum() > maxRows + 1_000) {
				throw tooMany(maxRows);
			}
			List<SubjectRow> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<SubjectColumn, String> cells = new EnumMap<>(SubjectColumn.class);
				columns.forEach((c, i) -> cells.put(c, text(row.getCell(i))));
				SubjectRow read = new SubjectRow(r + 1, cells);
				if (!read.blank()) {
					rows.add(read);
				}
				if (rows.size() > maxRows) {
					throw tooMany(maxRows);
				}
			}
			return new Read(rows, headerProblems);
		}
		catch (IOException e) {
			throw unreadable();
		}
	}

	/** Whatever keeps POI from opening it (not a workbook, encrypted, truncated) is the file's fault. */
	private static Workbook open(InputStream in) {
		try {
			return WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException e) {
			throw unreadable();
		}
	}

	private static ApiProblem unreadable() {
		return ApiProblem.badInput("file", "invalid_workbook", "无法读取该文件，请上传 Excel 工作簿（.xlsx），可下载导入模板填写");
	}

	private static ApiProblem tooMany(int maxRows) {
		return ApiProblem.badInput("file", "too_many_rows", "一次最多导入 " + maxRows + " 行，请分成几个文件导入");
	}

	/** A cell's text as typed: numbers without Excel's rounding or a trailing {@code .0}, dates as shown. */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					yield new DataFormatter().formatCellValue(cell);
				}
				double d = cell.getNumericCellValue();
				yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d).toPlainString();
			}
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/** The template: headers, text-formatted columns (codes keep their digits), drop-down lists, and the help sheet. */
	static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			CellStyle textStyle = workbook.createCellStyle();
			textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row header = sheet.createRow(0);
			SubjectColumn[] columns = SubjectColumn.values();
			for (int i = 0; i < columns.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(columns[i].header());
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(i, 256 * width(columns[i]));
				if (columns[i] != SubjectColumn.LNG && columns[i] != SubjectColumn.LAT) {
					sheet.setDefaultColumnStyle(i, textStyle);
				}
			}
			sheet.createFreezePane(0, 1);
			DataValidationHelper validations = sheet.getDataValidationHelper();
			list(sheet, validations, SubjectColumn.KIND, labels(Kind.values()));
			list(sheet, validations, SubjectColumn.SCALE, labels(Scale.values()));
			list(sheet, validations, SubjectColumn.CREDIT_CLASS, Arrays.stream(CreditClass.values()).map(Enum::name).toArray(String[]::new));
			help(workbook.createSheet(HELP_SHEET), headerStyle);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int width(SubjectColumn c) {
		return switch (c) {
			case CREDIT_CODE -> 22;
			case NAME, ADDRESS -> 36;
			case TAGS -> 20;
			case CREDIT_CLASS -> 14;
			default -> 10;
		};
	}

	private static String[] labels(Labelled[] values) {
		return Arrays.stream(values).map(Labelled::label).toArray(String[]::new);
	}

	private static void list(Sheet sheet, DataValidationHelper helper, SubjectColumn column, String[] choices) {
		var range = new CellRangeAddressList(1, LISTED_ROWS, column.ordinal(), column.ordinal());
		var validation = helper.createValidation(helper.createExplicitListConstraint(choices), range);
		validation.setShowErrorBox(true);
		validation.createErrorBox("填写有误", column.header() + "可填：" + String.join("、", choices));
		sheet.addValidationData(validation);
	}

	private static void help(Sheet sheet, CellStyle headerStyle) {
		String[][] lines = {
				{ "列", "必填", "说明" },
				{ SubjectColumn.CREDIT_CODE.header(), "是", "18 位，按 GB 32100 校验；库中已有的代码按本行更新" },
				{ SubjectColumn.NAME.header(), "是", "营业执照上的名称，200 字以内" },
				{ SubjectColumn.KIND.header(), "是", String.join("、", labels(Kind.values())) },
				{ SubjectColumn.ADDRESS.header(), "否", "经营场所地址，300 字以内" },
				{ SubjectColumn.LNG.header(), "否", "WGS84 经度，与纬度同时填写；须在本区范围内，用于定位街道、社区、网格" },
				{ SubjectColumn.LAT.header(), "否", "WGS84 纬度" },
				{ SubjectColumn.INDUSTRY.header(), "是", "如 餐饮、食品销售、药品零售、特种设备使用、加油站、商场超市、住宿、美容美发" },
				{ SubjectColumn.SCALE.header(), "是", String.join("、", labels(Scale.values())) },
				{ SubjectColumn.TAGS.header(), "否", "多个标签以顿号（、）分隔，如 重点监管、学校周边" },
				{ SubjectColumn.CREDIT_CLASS.header(), "否", "A、B、C、D（A 风险最低）；不填时新对象为 B，已有对象不变" },
				{ "", "", "任何一行有误时整个文件不导入，并列出所有有误的行、列和原因" } };
		for (int r = 0; r < lines.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 3; c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(lines[r][c]);
				if (r == 0) {
					cell.setCellStyle(headerStyle);
				}
			}
		}
		sheet.setColumnWidth(0, 256 * 20);
		sheet.setColumnWidth(1, 256 * 6);
		sheet.setColumnWidth(2, 256 * 80);
	}
}
