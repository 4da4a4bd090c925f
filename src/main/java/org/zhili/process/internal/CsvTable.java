package org.zhili.process.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVPrinter;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;
import org.zhili.process.Labelled;

/**
 * An export's list as CSV rows: the same columns and values as the workbook's list sheet, written as text. A cell a
 * spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe,
 * so published data cannot carry a formula into whoever opens it.
 */
final class CsvTable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private CsvTable() {
	}

	/** Prints the header and up to the spec's cap of rows; answers how many and whether more were offered. */
	static <T> Exports.Result print(Exports.Spec<T> spec, Exports.Rows<T> source, CSVPrinter out) throws IOException {
		out.printRecord(spec.headers());
		try {
			return source.capped(spec.maxRows(), item -> {
				try {
					out.printRecord(spec.columns().stream().map(c -> text(c.value().apply(item))));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		if (value instanceof Instant at) {
			return TIME.format(LocalDateTime.ofInstant(at, ChinaTime.ZONE));
		}
		if (value instanceof LocalDateTime at) {
			return TIME.format(at);
		}
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		if (value instanceof Labelled l) {
			return l.label();
		}
		String text = value.toString();
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
