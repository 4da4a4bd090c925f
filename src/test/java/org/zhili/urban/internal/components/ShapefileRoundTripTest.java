package org.zhili.urban.internal.components;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Shapefile reader and writer without GeoTools: what is written reads back the same, in GBK or UTF-8. */
class ShapefileRoundTripTest {

	private static final List<ShapefileWriter.Column> COLUMNS = List.of(
			new ShapefileWriter.Column("OBJCODE", ShapefileWriter.Column.Kind.TEXT, 16),
			new ShapefileWriter.Column("OBJNAME", ShapefileWriter.Column.Kind.TEXT, 254),
			new ShapefileWriter.Column("ORDATE", ShapefileWriter.Column.Kind.DATE, 8),
			new ShapefileWriter.Column("EQUIPMENT", ShapefileWriter.Column.Kind.INTEGER, 10));

	@Test
	void pointsAndLinesWrittenToAZipReadBackWithTheirChineseAttributes() {
		LineString railing = Geometries.WGS84.createLineString(new Coordinate[] { new Coordinate(117.1501, 39.1102),
				new Coordinate(117.1509, 39.1104), new Coordinate(117.1515, 39.1101) });
		List<ShapefileWriter.Feature> features = List.of(
				feature(Geometries.point(117.1432101, 39.1098765), "1201040101000001", "黄河道上水井盖", LocalDate.of(2019, 5, 8), null),
				feature(railing, "1201040206000001", "黄河道道路护栏", null, null),
				feature(Geometries.point(117.16, 39.12), "1201040126000001", "长虹街健身园", LocalDate.of(2021, 9, 30), 12));

		byte[] zip = ShapefileWriter.writeZip("components", COLUMNS, features);
		Collection<ShapefileReader.Layer> layers = ShapefileReader.layers(zip, Long.MAX_VALUE);
		assertThat(layers).extracting(ShapefileReader.Layer::name).containsExactly("components_lines", "components_points");
		assertThat(layers).allSatisfy(l -> assertThat(l.parts()).containsKeys("shp", "shx", "dbf", "prj", "cpg"));

		List<SourceRow> rows = ShapefileReader.readZip(zip, 100);
		assertThat(rows).hasSize(3);
		SourceRow line = rows.get(0);
		assertThat(line.layer()).isEqualTo("components_lines");
		assertThat(line.geometry()).isInstanceOf(LineString.class);
		assertThat(line.geometry().equalsExact(railing, 1e-12)).isTrue();
		assertThat(line.values()).containsEntry("OBJNAME", "黄河道道路护栏").doesNotContainKey("ORDATE");

		SourceRow cover = rows.get(1);
		assertThat(cover.number()).isEqualTo(1);
		assertThat(cover.geometry().getCoordinate().x).isEqualTo(117.1432101);
		assertThat(cover.geometry().getCoordinate().y).isEqualTo(39.1098765);
		assertThat(cover.values()).containsEntry("OBJCODE", "1201040101000001").containsEntry("OBJNAME", "黄河道上水井盖")
			.containsEntry("ORDATE", "2019-05-08");
		assertThat(rows.get(2).values()).containsEntry("EQUIPMENT", "12").containsEntry("ORDATE", "2021-09-30");
	}

	@Test
	void aZipThatUnpacksToMoreThanTheRowsCanTakeIsRefusedBeforeItIsUnpackedWhole() throws IOException {
		// 200 MB of zeros as the attribute table: about 200 KB zipped
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bomb.shp"));
			zip.write(new byte[100]);
			zip.putNextEntry(new ZipEntry("bomb.dbf"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
		}
		assertThat(bytes.size()).isLessThan(1 << 20);
		assertThatThrownBy(() -> ShapefileReader.readZip(bytes.toByteArray(), 1000))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("压缩包解压后超过 2 MB");
	}

	@Test
	void theShxIndexesEveryRecordOfTheShp() {
		List<Geometry> points = List.of(Geometries.point(117.1, 39.1), Geometries.point(117.2, 39.2));
		byte[][] files = ShapefileWriter.shapes(ShapefileReader.POINT, points);
		ByteBuffer shx = ByteBuffer.wrap(files[1]).order(ByteOrder.BIG_ENDIAN);
		assertThat(files[1]).hasSize(100 + 16);
		assertThat(shx.getInt(100) * 2).isEqualTo(100);
		assertThat(shx.getInt(108) * 2).isEqualTo(100 + 8 + 20);
		assertThat(ByteBuffer.wrap(files[0]).order(ByteOrder.BIG_ENDIAN).getInt(24) * 2).isEqualTo(files[0].length);
		assertThat(ShapefileReader.shapes(files[0])).extracting(s -> s.geometry().getCoordinate().x).containsExactly(117.1, 117.2);
	}

	@Test
	void anAttributeTableWithoutCpgIsReadAsGbkAndOneWithItInItsEncoding() throws IOException {
		byte[] shp = ShapefileWriter.shapes(ShapefileReader.POINT, List.of(Geometries.point(117.15, 39.11)))[0];
		byte[] gbk = dbf(Charset.forName("GBK"), "南开区雨水井盖");
		assertThat(ShapefileReader.readZip(zip(Map.of("a.shp", shp, "a.dbf", gbk)), 10).get(0).values())
			.containsEntry("OBJNAME", "南开区雨水井盖");
		byte[] utf8 = dbf(StandardCharsets.UTF_8, "南开区雨水井盖");
		assertThat(ShapefileReader.readZip(zip(Map.of("b/a.shp", shp, "b/a.dbf", utf8, "b/a.cpg", "UTF-8".getBytes())), 10)
			.get(0).values()).containsEntry("OBJNAME", "南开区雨水井盖");
	}

	@Test
	void aFileThatIsNoShapefileIsRefusedAndAShapeThatIsNoPointOrLineIsReportedForItsRow() throws IOException {
		assertThatThrownBy(() -> ShapefileReader.readZip("not a zip".getBytes(), 10)).hasMessageContaining("zip");
		byte[] shp = ShapefileWriter.shapes(ShapefileReader.POINT, List.of(Geometries.point(117.15, 39.11)))[0];
		assertThatThrownBy(() -> ShapefileReader.readZip(zip(Map.of("a.shp", shp)), 10)).hasMessageContaining(".dbf");
		byte[] dbf = dbf(StandardCharsets.UTF_8, "x");
		byte[] cut = java.util.Arrays.copyOf(shp, shp.length - 4);
		assertThatThrownBy(() -> ShapefileReader.readZip(zip(Map.of("a.shp", cut, "a.dbf", dbf)), 10))
			.hasMessageContaining("截断");
		byte[] prj = "PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"]]".getBytes();
		assertThatThrownBy(() -> ShapefileReader.readZip(zip(Map.of("a.shp", shp, "a.dbf", dbf, "a.prj", prj)), 10))
			.hasMessageContaining("投影坐标系");

		// A polygon record (type 5) where a point was expected.
		byte[] polygon = shp.clone();
		ByteBuffer.wrap(polygon).order(ByteOrder.LITTLE_ENDIAN).putInt(108, 5);
		List<SourceRow> rows = ShapefileReader.readZip(zip(Map.of("a.shp", polygon, "a.dbf", dbf)), 10);
		assertThat(rows.get(0).geometry()).isNull();
		assertThat(rows.get(0).geometryProblem()).contains("5").contains("点");
	}

	private static ShapefileWriter.Feature feature(Geometry g, String id, String name, LocalDate date, Integer equipment) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("OBJCODE", id);
		values.put("OBJNAME", name);
		values.put("ORDATE", date);
		values.put("EQUIPMENT", equipment);
		return new ShapefileWriter.Feature(g, values);
	}

	private static byte[] dbf(Charset charset, String name) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DBFWriter writer = new DBFWriter(out, charset);
		writer.setFields(new DBFField[] { new DBFField("OBJNAME", DBFDataType.CHARACTER, 100) });
		writer.addRecord(new Object[] { name });
		writer.close();
		return out.toByteArray();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
