package org.zhili.urban.internal.components;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Reads an ESRI Shapefile of points or lines without GeoTools: the .shp's records (Point, PolyLine and their Z/M
 * variants, read as 2-D) with JTS geometry, the attribute table (.dbf) through javadbf in the encoding the .cpg names
 * (GBK when there is none, as Chinese GIS tools write it), and a .prj that must not be a projected system. A zip may
 * hold several shapefiles (e.g. points and lines); each is a layer of its own.
 */
final class ShapefileReader {

	/** One .shp record: its geometry, or why it has none that a component can use. */
	record Shape(Geometry geometry, String problem) {
	}

	/** A shapefile's parts as found in a zip, by extension (shp, shx, dbf, cpg, prj). */
	record Layer(String name, Map<String, byte[]> parts) {
	}

	/**
	 * What a row may take unpacked, across its .shp, .shx and .dbf (a point's takes under 600 bytes): bounds what a
	 * zip may unpack to, since a few megabytes of zip can unpack to gigabytes.
	 */
	static final int BYTES_PER_ROW = 2048;

	/** A zip that unpacks to more than it may. */
	static final class Unpacked extends IllegalArgumentException {

		Unpacked(String message) {
			super(message);
		}
	}

	static final int FILE_CODE = 9994;
	static final int NULL = 0, POINT = 1, POLYLINE = 3, POINT_Z = 11, POLYLINE_Z = 13, POINT_M = 21, POLYLINE_M = 23;

	private ShapefileReader() {
	}

	/**
	 * The rows of every shapefile in the zip, numbered within their layer.
	 *
	 * @throws IllegalArgumentException with a Chinese reason when the zip or a shapefile in it cannot be read at all
	 */
	static List<SourceRow> readZip(byte[] zip, int maxRows) {
		Collection<Layer> layers = layers(zip, (long) maxRows * BYTES_PER_ROW);
		if (layers.isEmpty()) {
			throw new IllegalArgumentException("压缩包内没有 .shp 文件");
		}
		List<SourceRow> rows = new ArrayList<>();
		for (Layer layer : layers) {
			rows.addAll(read(layer, maxRows - rows.size()));
		}
		return rows;
	}

	/**
	 * The shapefiles of a zip by base name (folders inside the zip are ignored), unpacking at most {@code maxBytes}
	 * in all.
	 */
	static Collection<Layer> layers(byte[] zip, long maxBytes) {
		Map<String, Layer> layers = new TreeMap<>();
		long left = maxBytes;
		boolean any = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				any = true;
				String name = entry.getName().replace('\\', '/');
				name = name.substring(name.lastIndexOf('/') + 1);
				int dot = name.lastIndexOf('.');
				if (entry.isDirectory() || dot <= 0 || name.startsWith(".")) {
					continue;
				}
				String base = name.substring(0, dot);
				String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
				if (List.of("shp", "shx", "dbf", "cpg", "prj").contains(ext)) {
					byte[] part = in.readNBytes((int) Math.min(left + 1, Integer.MAX_VALUE - 8));
					left -= part.length;
					if (left < 0) {
						throw new Unpacked(
								"压缩包解压后超过 " + Math.max(1, Math.round(maxBytes / 1048576.0)) + " MB，超出一次导入的上限");
					}
					layers.computeIfAbsent(base, b -> new Layer(b, new HashMap<>())).parts().put(ext, part);
				}
			}
		}
		catch (Unpacked tooLarge) {
			throw tooLarge;
		}
		catch (ZipException | IllegalArgumentException e) {
			throw new IllegalArgumentException("文件不是有效的 zip 压缩包：" + e.getMessage());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!any) {
			throw new IllegalArgumentException("文件不是有效的 zip 压缩包，或压缩包为空");
		}
		layers.values().removeIf(l -> !l.parts().containsKey("shp"));
		return layers.values();
	}

	private static List<SourceRow> read(Layer layer, int maxRows) {
		byte[] dbf = layer.parts().get("dbf");
		if (dbf == null) {
			throw new IllegalArgumentException(layer.name() + ".shp 缺少同名的 .dbf 属性表");
		}
		byte[] prj = layer.parts().get("prj");
		if (prj != null && new String(prj, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("PROJCS")) {
			throw new IllegalArgumentException(layer.name() + ".prj 为投影坐标系，请转换为 WGS84 经纬度（EPSG:4326）后导入");
		}
		List<Shape> shapes = shapes(layer.parts().get("shp"));
		List<Map<String, String>> records = records(dbf, charset(layer.parts().get("cpg")));
		if (shapes.size() != records.size()) {
			throw new IllegalArgumentException(layer.name() + " 的 .shp 有 " + shapes.size() + " 条记录而 .dbf 有 "
					+ records.size() + " 条，两者应一一对应");
		}
		if (shapes.size() > maxRows) {
			throw new IllegalArgumentException("部件数超过一次导入的上限");
		}
		List<SourceRow> rows = new ArrayList<>(shapes.size());
		for (int i = 0; i < shapes.size(); i++) {
			Shape s = shapes.get(i);
			rows.add(new SourceRow(i + 1, records.get(i), s.geometry(), ComponentFields.GEOMETRY, s.problem(), layer.name()));
		}
		return rows;
	}

	/** The encoding a .cpg names; GBK when there is none or it is not known here. */
	static Charset charset(byte[] cpg) {
		if (cpg == null) {
			return CsvComponents.GBK;
		}
		String name = new String(cpg, StandardCharsets.ISO_8859_1).strip().toUpperCase(Locale.ROOT);
		if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("65001")) {
			return StandardCharsets.UTF_8;
		}
		if (name.equals("936") || name.equals("CP936") || name.equals("GB2312")) {
			return CsvComponents.GBK;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException e) {
			return CsvComponents.GBK;
		}
	}

	/** The .dbf's records as text by upper-case field name (numbers plain, dates yyyy-MM-dd, blanks left out). */
	static List<Map<String, String>> records(byte[] dbf, Charset charset) {
		List<Map<String, String>> records = new ArrayList<>();
		// Deleted records are read too: the .dbf's records pair with the .shp's by position.
		try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbf), charset, true)) {
			int fields = reader.getFieldCount();
			String[] names = new String[fields];
			for (int f = 0; f < fields; f++) {
				names[f] = Geometries.key(reader.getField(f).getName());
			}
			for (Object[] record; (record = reader.nextRecord()) != null;) {
				Map<String, String> values = new HashMap<>();
				for (int f = 0; f < fields && f < record.length; f++) {
					String text = text(record[f]);
					if (text != null && !text.isBlank()) {
						values.put(names[f], text.strip());
					}
				}
				records.add(values);
			}
		}
		catch (DBFException e) {
			throw new IllegalArgumentException(".dbf 属性表无法读取：" + e.getMessage());
		}
		return records;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal d) {
			return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Date d) {
			return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
		}
		return value.toString();
	}

	/**
	 * The records of a .shp in order.
	 *
	 * @throws IllegalArgumentException when the file is not a shapefile or is cut short
	 */
	static List<Shape> shapes(byte[] shp) {
		if (shp == null || shp.length < 100) {
			throw new IllegalArgumentException(".shp 文件不完整（不足100字节的文件头）");
		}
		ByteBuffer b = ByteBuffer.wrap(shp);
		b.order(ByteOrder.BIG_ENDIAN);
		if (b.getInt(0) != FILE_CODE) {
			throw new IllegalArgumentException("不是 Shapefile 的 .shp 文件（文件代码应为 9994）");
		}
		long declared = 2L * b.getInt(24);
		int end = (int) Math.min(shp.length, declared > 0 ? declared : shp.length);
		List<Shape> shapes = new ArrayList<>();
		int pos = 100;
		while (pos + 8 <= end) {
			b.order(ByteOrder.BIG_ENDIAN);
			int length = 2 * b.getInt(pos + 4);
			int start = pos + 8;
			if (length < 4 || start + length > shp.length) {
				throw new IllegalArgumentException(".shp 第 " + (shapes.size() + 1) + " 条记录被截断");
			}
			b.order(ByteOrder.LITTLE_ENDIAN);
			shapes.add(shape(b, start, start + length));
			pos = start + length;
		}
		return shapes;
	}

	private static Shape shape(ByteBuffer b, int start, int end) {
		int type = b.getInt(start);
		switch (type) {
			case NULL:
				return new Shape(null, "几何为空");
			case POINT, POINT_Z, POINT_M: {
				if (start + 20 > end) {
					return new Shape(null, "点记录长度不足");
				}
				double x = b.getDouble(start + 4);
				double y = b.getDouble(start + 12);
				if (!Geometries.isLngLat(x, y)) {
					return new Shape(null, "坐标 (" + x + ", " + y + ") 不是经纬度");
				}
				return new Shape(Geometries.point(x, y), null);
			}
			case POLYLINE, POLYLINE_Z, POLYLINE_M:
				return polyline(b, start, end);
			default:
				return new Shape(null, "几何类型代码 " + type + " 不支持，部件应为点（1）或线（3）");
		}
	}

	private static Shape polyline(ByteBuffer b, int start, int end) {
		int parts = b.getInt(start + 36);
		int points = b.getInt(start + 40);
		int first = start + 44 + 4 * parts;
		if (parts < 1 || points < 2 || parts > points || first + 16L * points > end) {
			return new Shape(null, "线记录的段数或点数不正确");
		}
		LineMerger merger = new LineMerger();
		for (int p = 0; p < parts; p++) {
			int from = b.getInt(start + 44 + 4 * p);
			int to = p + 1 < parts ? b.getInt(start + 44 + 4 * (p + 1)) : points;
			if (from < 0 || to > points || to - from < 2) {
				return new Shape(null, "线的第 " + (p + 1) + " 段点数不足");
			}
			Coordinate[] coordinates = new Coordinate[to - from];
			for (int i = from; i < to; i++) {
				double x = b.getDouble(first + 16 * i);
				double y = b.getDouble(first + 16 * i + 8);
				if (!Geometries.isLngLat(x, y)) {
					return new Shape(null, "坐标 (" + x + ", " + y + ") 不是经纬度");
				}
				coordinates[i - from] = new Coordinate(x, y);
			}
			merger.add(Geometries.WGS84.createLineString(coordinates));
		}
		@SuppressWarnings("unchecked")
		Collection<LineString> merged = merger.getMergedLineStrings();
		if (merged.size() != 1) {
			return new Shape(null, "线有 " + merged.size() + " 段互不相连，部件的线应为一条连续的线");
		}
		return new Shape(merged.iterator().next(), null);
	}
}
