package org.zhili.plans.internal.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhili.platform.ApiProblem;

/**
 * An Excel workbook as lines of tab-separated cells, sheet after sheet (dates as yyyy-MM-dd, line breaks inside a
 * cell as spaces): the shape {@link TaskTableReader} reads a 任务分解表 or 民心工程 list from.
 */
final class XlsxReader {

	private XlsxReader() {
	}

	static DocumentText read(byte[] bytes) {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter format = new DataFormatter();
			StringBuilder b = new StringBuilder();
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					StringBuilder line = new StringBuilder();
					int last = row.getLastCellNum();
					for (int c = 0; c < last; c++) {
						Cell cell = row.getCell(c);
						if (c > 0) {
							line.append('\t');
						}
						if (cell != null) {
							line.append(value(cell, format));
						}
					}
					String text = line.toString().stripTrailing();
					if (!text.isBlank()) {
						b.append(text).append('\n');
					}
				}
				b.append('\n');
			}
			return DocumentText.plain(b.toString());
		}
		catch (IOException | RuntimeException e) {
			throw ApiProblem.badInput("file", "unreadable_xlsx", "无法读取该 .xlsx 文件：它不是有效的 Excel 工作簿");
		}
	}

	private static String value(Cell cell, DataFormatter format) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return format.formatCellValue(cell).replaceAll("\\s+", " ").strip();
	}
}
