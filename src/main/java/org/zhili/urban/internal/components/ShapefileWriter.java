package org.zhili.urban.internal.components;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Writes points and lines as ESRI Shapefiles in one zip: a shapefile holds one shape type, so points go to
 * {@code <base>_points} and lines to {@code <base>_lines} (only those present; {@code <base>_points} even when there
 * is nothing), each with its .shp, .shx, .dbf (UTF-8), .cpg saying so and a WGS84 .prj.
 */
final class ShapefileWriter {

	/** A .dbf column: text of {@code length} bytes, a whole number of {@code length} digits, or a date. */
	record Column(String name, Kind kind, int length) {

		enum Kind {
			TEXT, INTEGER, DATE
		}
	}

	/** One feature to write: its geometry (a Point or a LineString) and its values by column name. */
	record Feature(Geometry geometry, Map<String, Object> values) {
	}

	static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
			+ "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

	private ShapefileWriter() {
	}

	static byte[] writeZip(String base, List<Column> columns, List<Feature> features) {
		List<Feature> points = new ArrayList<>();
		List<Feature> lines = new ArrayList<>();
		for (Feature f : features) {
			(f.geometry() instanceof LineString ? lines : points).add(f);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			if (!points.isEmpty() || lines.isEmpty()) {
				layer(zip, base + "_points", ShapefileReader.POINT, columns, points);
			}
			if (!lines.isEmpty()) {
				layer(zip, base + "_lines", ShapefileReader.POLYLINE, columns, lines);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void layer(ZipOutputStream zip, String name, int type, List<Column> columns, List<Feature> features)
			throws IOException {
		List<Geometry> geometries = features.stream().map(Feature::geometry).toList();
		byte[][] shpShx = shapes(type, geometries);
		entry(zip, name + ".shp", shpShx[0]);
		entry(zip, name + ".shx", shpShx[1]);
		entry(zip, name + ".dbf", dbf(columns, features));
		entry(zip, name + ".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
		entry(zip, name + ".prj", WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/** The .shp and .shx of geometries all of one type (Point or PolyLine). */
	static byte[][] shapes(int type, List<Geometry> geometries) {
		List<byte[]> contents = new ArrayList<>(geometries.size());
		Envelope bounds = new Envelope();
		for (Geometry g : geometries) {
			bounds.expandToInclude(g.getEnvelopeInternal());
			contents.add(type == ShapefileReader.POINT ? point((Point) g) : polyline((LineString) g));
		}
		int shpLength = 100;
		for (byte[] c : contents) {
			shpLength += 8 + c.length;
		}
		ByteBuffer shp = ByteBuffer.allocate(shpLength);
		ByteBuffer shx = ByteBuffer.allocate(100 + 8 * contents.size());
		header(shp, shpLength, type, bounds);
		header(shx, shx.capacity(), type, bounds);
		int offset = 100;
		for (int i = 0; i < contents.size(); i++) {
			byte[] c = contents.get(i);
			shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(c.length / 2).put(c);
			shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(c.length / 2);
			offset += 8 + c.length;
		}
		return new byte[][] { shp.array(), shx.array() };
	}

	private static void header(ByteBuffer b, int length, int type, Envelope bounds) {
		b.order(ByteOrder.BIG_ENDIAN).putInt(ShapefileReader.FILE_CODE);
		for (int i = 0; i < 5; i++) {
			b.putInt(0);
		}
		b.putInt(length / 2);
		b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
		boolean empty = bounds.isNull();
		b.putDouble(empty ? 0 : bounds.getMinX()).putDouble(empty ? 0 : bounds.getMinY())
			.putDouble(empty ? 0 : bounds.getMaxX()).putDouble(empty ? 0 : bounds.getMaxY());
		b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
	}

	private static byte[] point(Point p) {
		return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(ShapefileReader.POINT).putDouble(p.getX())
			.putDouble(p.getY()).array();
	}

	private static byte[] polyline(LineString line) {
		Coordinate[] cs = line.getCoordinates();
		Envelope e = line.getEnvelopeInternal();
		ByteBuffer b = ByteBuffer.allocate(4 + 32 + 4 + 4 + 4 + 16 * cs.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(ShapefileReader.POLYLINE).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX())
			.putDouble(e.getMaxY());
		b.putInt(1).putInt(cs.length).putInt(0);
		for (Coordinate c : cs) {
			b.putDouble(c.x).putDouble(c.y);
		}
		return b.array();
	}

	/** The attribute table in UTF-8. */
	static byte[] dbf(List<Column> columns, List<Feature> features) {
		DBFField[] fields = new DBFField[columns.size()];
		for (int i = 0; i < fields.length; i++) {
			Column c = columns.get(i);
			fields[i] = switch (c.kind()) {
				case TEXT -> new DBFField(c.name(), DBFDataType.CHARACTER, c.length());
				case INTEGER -> new DBFField(c.name(), DBFDataType.NUMERIC, c.length(), 0);
				case DATE -> new DBFField(c.name(), DBFDataType.DATE);
			};
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DBFWriter writer = new DBFWriter(nonClosing(out), StandardCharsets.UTF_8);
		writer.setFields(fields);
		for (Feature f : features) {
			Object[] record = new Object[columns.size()];
			for (int i = 0; i < record.length; i++) {
				record[i] = value(columns.get(i), f.values().get(columns.get(i).name()));
			}
			writer.addRecord(record);
		}
		writer.close();
		return out.toByteArray();
	}

	private static Object value(Column column, Object value) {
		if (value == null) {
			return null;
		}
		return switch (column.kind()) {
			case DATE -> value instanceof LocalDate d ? Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant()) : null;
			case INTEGER -> value instanceof Number n ? n : parseOrNull(value.toString());
			case TEXT -> fit(value.toString(), column.length());
		};
	}

	private static Number parseOrNull(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The text cut to whole characters within the column's bytes (UTF-8). */
	private static String fit(String text, int bytes) {
		if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
			return text;
		}
		StringBuilder fitted = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > bytes) {
				break;
			}
			fitted.appendCodePoint(cp);
			used += size;
			i += Character.charCount(cp);
		}
		return fitted.toString();
	}

	private static OutputStream nonClosing(OutputStream out) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}
		};
	}
}
