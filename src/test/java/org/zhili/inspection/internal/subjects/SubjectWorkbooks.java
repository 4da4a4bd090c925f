package org.zhili.inspection.internal.subjects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Import workbooks as people fill them in: the template's headers, then one row per subject. */
final class SubjectWorkbooks {

	static final List<String> HEADERS = List.of("统一社会信用代码", "名称", "类型", "地址", "经度", "纬度", "行业", "规模",
			"标签(以、分隔)", "信用风险分类");

	private SubjectWorkbooks() {
	}

	/** A workbook of these rows under the template's headers; coordinates are written as numbers, as Excel keeps them. */
	static byte[] of(List<List<String>> rows) {
		return of(HEADERS, rows);
	}

	static byte[] of(List<String> headers, List<List<String>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("检查对象");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					String v = cells.get(i);
					boolean coordinate = (i == 4 || i == 5) && v.matches("-?\\d+(\\.\\d+)?");
					if (coordinate) {
						row.createCell(i).setCellValue(Double.parseDouble(v));
					}
					else if (!v.isEmpty()) {
						row.createCell(i).setCellValue(v);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
