package org.zhili.urban.internal.components;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.zhili.platform.ApiProblem;

/**
 * Reads a CSV of components: a header line with the {@link ComponentFields} names (or the attributes' fields or
 * labels), and the position either as LNG and LAT (WGS84) or as WKT (a POINT or LINESTRING). UTF-8 (with or without
 * a byte-order mark) or, when the bytes are not UTF-8, GBK as Excel saves it on Chinese Windows.
 */
final class CsvComponents {

	static final Charset GBK = Charset.forName("GBK");

	private CsvComponents() {
	}

	/** @throws ApiProblem 400 naming {@code field} when there is no header or no position column */
	static List<SourceRow> read(byte[] content, String field, int maxRows) {
		String text = decode(content);
		List<SourceRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get()
			.parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames().stream().map(Geometries::key).toList();
			boolean point = header.contains(ComponentFields.LNG) && header.contains(ComponentFields.LAT);
			if (!point && !header.contains(ComponentFields.WKT)) {
				throw ApiProblem.badInput(field, "missing_position", "CSV 的表头应含 LNG 和 LAT 两列（WGS84 经纬度）或 WKT 列");
			}
			int index = 0;
			for (CSVRecord record : parser) {
				if (++index > maxRows) {
					throw ApiProblem.badInput(field, "too_many_rows", "一次最多导入 " + maxRows + " 个部件");
				}
				Map<String, String> values = new HashMap<>();
				for (int c = 0; c < header.size() && c < record.size(); c++) {
					String v = record.get(c);
					if (v != null && !v.isBlank() && !header.get(c).isEmpty()) {
						values.put(header.get(c), v.strip());
					}
				}
				rows.add(row(index + 1, values));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
			if (e instanceof ApiProblem p) {
				throw p;
			}
			throw ApiProblem.badInput(field, "invalid_csv", "CSV 无法解析：" + e.getMessage());
		}
		return rows;
	}

	/** A row's position from WKT when given, else from LNG/LAT. */
	private static SourceRow row(int number, Map<String, String> values) {
		String wkt = values.get(ComponentFields.WKT);
		if (wkt != null) {
			try {
				Geometry g = Geometries.fromWkt(wkt);
				return new SourceRow(number, values, g, ComponentFields.WKT, null);
			}
			catch (IllegalArgumentException e) {
				return new SourceRow(number, values, null, ComponentFields.WKT, e.getMessage());
			}
		}
		String lng = values.get(ComponentFields.LNG);
		String lat = values.get(ComponentFields.LAT);
		if (lng == null || lat == null) {
			return new SourceRow(number, values, null, lng == null ? ComponentFields.LNG : ComponentFields.LAT,
					"缺少经纬度（LNG、LAT）或 WKT");
		}
		try {
			double x = Double.parseDouble(lng);
			double y = Double.parseDouble(lat);
			if (!Geometries.isLngLat(x, y)) {
				return new SourceRow(number, values, null, ComponentFields.LNG, "经纬度超出范围：" + lng + ", " + lat);
			}
			return new SourceRow(number, values, Geometries.point(x, y), ComponentFields.LNG, null);
		}
		catch (NumberFormatException e) {
			return new SourceRow(number, values, null, ComponentFields.LNG, "经纬度应为数字：" + lng + ", " + lat);
		}
	}

	/** UTF-8 when the bytes are UTF-8 (a BOM dropped), else GBK. */
	static String decode(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
				&& (content[2] & 0xff) == 0xBF ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
		}
		catch (CharacterCodingException e) {
			return new String(content, start, content.length - start, GBK);
		}
	}
}
