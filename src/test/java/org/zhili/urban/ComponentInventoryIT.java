package org.zhili.urban;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 管理部件 inventory end to end: the demo's components, imports in each format with the bad rows reported, exports
 * that import again unchanged, the nearest components to a point, edits, and who may do what.
 */
@ZhiliIntegrationTest
class ComponentInventoryIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Test
	void theDemoDistrictHasItsComponentsWithIdentifiersGridsAndOwners() {
		Api.Response all = api.get("/api/v1/urban/components?size=1", "jianduyuan");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().get("total").asLong()).isGreaterThanOrEqualTo(20_000);

		JsonNode covers = api.get("/api/v1/urban/components?class=0101&size=5", "jianduyuan").json();
		JsonNode cover = covers.get("items").get(0);
		assertThat(cover.get("id").asString()).matches("1201040101[0-9]{6}");
		assertThat(cover.get("gridCode").asString()).matches("120104[0-9]{9}").startsWith(cover.get("communityCode").asString());
		assertThat(cover.get("ownerUnit").asString()).isEqualTo("天津水务集团有限公司");
		assertThat(cover.get("managerCode").asString()).isEqualTo("120104CGW");

		JsonNode stop = api.get("/api/v1/urban/components?class=0203&size=1", "jianduyuan").json().get("items").get(0);
		assertThat(stop.get("attributes").get(0).get("label").asString()).isEqualTo("站名");

		JsonNode lost = api.get("/api/v1/urban/components?state=LOST&size=1", "jianduyuan").json();
		assertThat(lost.get("total").asLong()).isPositive();
		assertThat(lost.get("items").get(0).get("stateLabel").asString()).isEqualTo("丢失");

		assertThat(api.get("/urban/components", "jianduyuan").body()).contains("管理部件", "公用设施");
		assertThat(api.get("/api/v1/urban/components/" + cover.get("id").asString(), "jianduyuan").json()
			.get("name").asString()).isEqualTo(cover.get("name").asString());
		assertThat(api.get("/api/v1/urban/components/1201040101999999", "jianduyuan").status()).isEqualTo(404);
	}

	@Test
	void aGeoJsonImportWritesTheGoodFeaturesAndReportsTheBadOnesByNumberAndField() throws IOException {
		double[] at = somewhereInTheDistrict();
		String geojson = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},
				  "properties":{"CLASSCODE":"0203","OBJNAME":"测试公交站亭","STATION":"测试路口站","OBJSTATE":"破损","DEPTNAME2":"天津市公共交通集团（控股）有限公司"}},
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{"CLASSCODE":"0999","OBJNAME":"不存在的小类"}},
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[100.0,30.0]},"properties":{"CLASSCODE":"0110"}},
				 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[%s,%s],[%s,%s]]},"properties":{"CLASSCODE":"0206","ORDATE":"2020-13-45"}}
				]}""".formatted(at[0], at[1], at[0], at[1], at[0], at[1], at[0] + 0.0005, at[1]);
		Api.Response r = api.upload("/api/v1/urban/components/import", "zhibanzhang", "站亭.geojson", "application/geo+json",
				geojson.getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).isEqualTo(200);
		JsonNode report = JSON.readTree(r.body());
		assertThat(report.get("rows").asInt()).isEqualTo(4);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(rejection(report, 2).get("field").asString()).isEqualTo("CLASSCODE");
		assertThat(rejection(report, 2).get("reason").asString()).contains("0999");
		assertThat(rejection(report, 3).get("field").asString()).isEqualTo("geometry");
		assertThat(rejection(report, 3).get("reason").asString()).contains("不在");
		assertThat(rejection(report, 4).get("field").asString()).isEqualTo("ORDATE");

		JsonNode found = api.get("/api/v1/urban/components?q=" + enc("测试公交站亭"), "zhibanzhang").json().get("items").get(0);
		assertThat(found.get("id").asString()).matches("1201040203[0-9]{6}");
		assertThat(found.get("stateLabel").asString()).isEqualTo("破损");
		assertThat(found.get("gridCode").isNull()).isFalse();
		assertThat(found.get("attributes").get(0).get("value").asString()).isEqualTo("测试路口站");

		// The lookup index knows it at once: the report of "this shelter is broken" at the point finds it.
		JsonNode near = api.get("/api/v1/urban/components/near?lng=" + at[0] + "&lat=" + at[1] + "&metres=5&class=0203",
				"jianduyuan").json();
		assertThat(near.get("components").get(0).get("id").asString()).isEqualTo(found.get("id").asString());
		assertThat(near.get("components").get(0).get("metres").asDouble()).isLessThan(0.5);
	}

	@Test
	void aCsvImportReadsLngLatOrWktAndGbkAndUpsertsByIdentifier() throws IOException {
		double[] at = somewhereInTheDistrict();
		String csv = "OBJCODE,CLASSCODE,OBJNAME,OBJSTATE,DATASOURCE,DEPTCODE1,LNG,LAT,WKT\n"
				+ "1201040110900001,,导入测试路灯,完好,实测,,%s,%s,\n".formatted(at[0], at[1])
				+ ",0303,导入测试垃圾箱,坏了,实测,,%s,%s,\n".formatted(at[0], at[1])
				+ ",0212,导入测试盲道,占用,地形图,120104CGW,,,\"LINESTRING (%s %s, %s %s)\"\n".formatted(at[0], at[1], at[0], at[1] + 0.0004)
				+ ",0303,导入测试垃圾箱二,完好,航拍,120104XXX,%s,%s,\n".formatted(at[0], at[1]);
		Api.Response r = api.upload("/api/v1/urban/components/import", "zhibanzhang", "部件.csv", "text/csv",
				csv.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(r.status()).isEqualTo(200);
		JsonNode report = JSON.readTree(r.body());
		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(rejection(report, 3).get("field").asString()).isEqualTo("OBJSTATE");
		List<String> fields = new ArrayList<>();
		report.get("rejected").forEach(x -> {
			if (x.get("row").asInt() == 5) {
				fields.add(x.get("field").asString());
			}
		});
		assertThat(fields).containsExactlyInAnyOrder("DATASOURCE", "DEPTCODE1");

		JsonNode lamp = api.get("/api/v1/urban/components/1201040110900001", "zhibanzhang").json();
		assertThat(lamp.get("name").asString()).isEqualTo("导入测试路灯");
		JsonNode path = api.get("/api/v1/urban/components?q=" + enc("导入测试盲道"), "zhibanzhang").json().get("items").get(0);
		assertThat(path.get("lineWkt").asString()).startsWith("LINESTRING");
		assertThat(path.get("lat").asDouble()).isBetween(at[1], at[1] + 0.0004);

		// The same identifier again replaces the component instead of adding one.
		String again = "OBJCODE,OBJNAME,OBJSTATE,LNG,LAT\n1201040110900001,导入测试路灯（更换）,破损,%s,%s\n".formatted(at[0], at[1]);
		JsonNode second = JSON.readTree(api.upload("/api/v1/urban/components/import", "zhibanzhang", "again.csv", "text/csv",
				again.getBytes(StandardCharsets.UTF_8)).body());
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("updated").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/urban/components/1201040110900001", "zhibanzhang").json().get("state").asString())
			.isEqualTo("DAMAGED");
	}

	@Test
	void aShapefileExportImportsAgainUnchangedAndABadRecordInItIsReportedWithItsLayerAndNumber() throws IOException {
		byte[] zip = download("/api/v1/urban/components/export?format=shapefile&class=0406", "zhibanzhang");
		Map<String, byte[]> entries = unzip(zip);
		assertThat(entries).containsKeys("components_points.shp", "components_points.shx", "components_points.dbf",
				"components_points.prj", "components_points.cpg");
		int sculptures = api.get("/api/v1/urban/components?class=0406&size=1", "zhibanzhang").json().get("total").asInt();
		assertThat(sculptures).isPositive();

		JsonNode checked = JSON.readTree(api.upload("/api/v1/urban/components/import?dryRun=true", "zhibanzhang",
				"export.zip", "application/zip", zip).body());
		assertThat(checked.get("dryRun").asBoolean()).isTrue();
		assertThat(checked.get("updated").asInt()).isEqualTo(sculptures);
		JsonNode same = JSON.readTree(api.upload("/api/v1/urban/components/import", "zhibanzhang", "export.zip",
				"application/zip", zip).body());
		assertThat(same.get("updated").asInt()).isEqualTo(sculptures);
		assertThat(same.get("created").asInt()).isZero();
		assertThat(same.get("rejected")).isEmpty();

		// The second record's state made unreadable in the attribute table.
		entries.put("components_points.dbf", changeState(entries.get("components_points.dbf"), 1, "坏了"));
		JsonNode report = JSON.readTree(api.upload("/api/v1/urban/components/import", "zhibanzhang", "edited.zip",
				"application/zip", zip(entries)).body());
		assertThat(report.get("updated").asInt()).isEqualTo(sculptures - 1);
		JsonNode bad = report.get("rejected").get(0);
		assertThat(bad.get("layer").asString()).isEqualTo("components_points");
		assertThat(bad.get("row").asInt()).isEqualTo(2);
		assertThat(bad.get("field").asString()).isEqualTo("OBJSTATE");
	}

	@Test
	void geoJsonAndCsvExportsImportAgainUnchanged() throws IOException {
		int shelters = api.get("/api/v1/urban/components?class=0125&size=1", "zhibanzhang").json().get("total").asInt();
		for (String format : List.of("geojson", "csv")) {
			byte[] file = download("/api/v1/urban/components/export?format=" + format + "&class=0125", "zhibanzhang");
			JsonNode report = JSON.readTree(api.upload("/api/v1/urban/components/import", "zhibanzhang",
					"export." + format, "application/octet-stream", file).body());
			assertThat(report.get("updated").asInt()).as(format).isEqualTo(shelters);
			assertThat(report.get("rejected")).as(format).isEmpty();
		}
		String csv = new String(download("/api/v1/urban/components/export?format=csv&class=0125", "jianduyuan"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("OBJCODE,CLASSCODE,OBJNAME").contains("BUSINESS").contains("完好");
	}

	@Test
	void theNearestComponentsToAPointComeNearestFirst() {
		JsonNode cover = api.get("/api/v1/urban/components?class=0102&size=1", "jianduyuan").json().get("items").get(0);
		JsonNode near = api.get("/api/v1/urban/components/near?lng=" + cover.get("lng").asDouble() + "&lat="
				+ cover.get("lat").asDouble() + "&metres=50", "jianduyuan").json();
		JsonNode first = near.get("components").get(0);
		assertThat(first.get("id").asString()).isEqualTo(cover.get("id").asString());
		assertThat(first.get("metres").asDouble()).isZero();
		double last = 0;
		for (JsonNode c : near.get("components")) {
			assertThat(c.get("metres").asDouble()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(50);
			last = c.get("metres").asDouble();
		}
		JsonNode lamps = api.get("/api/v1/urban/components/near?lng=" + cover.get("lng").asDouble() + "&lat="
				+ cover.get("lat").asDouble() + "&metres=200&class=0110", "jianduyuan").json();
		lamps.get("components").forEach(c -> assertThat(c.get("classCode").asString()).isEqualTo("0110"));
	}

	@Test
	void theDutyChiefChangesAStateAndAttributesAndBadValuesAreRefusedNamingTheField() {
		String id = api.get("/api/v1/urban/components?class=0203&size=1", "zhibanzhang").json().get("items").get(0)
			.get("id").asString();
		Api.Response edited = api.send("PATCH", "/api/v1/urban/components/" + id,
				Map.of("state", "LOST", "attributes", Map.of("STATION", "新站名站")), api.token("zhibanzhang"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("stateLabel").asString()).isEqualTo("丢失");
		assertThat(edited.json().get("attributes").get(0).get("value").asString()).isEqualTo("新站名站");

		Api.Response badState = api.send("PATCH", "/api/v1/urban/components/" + id, Map.of("state", "坏"),
				api.token("zhibanzhang"));
		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.body()).contains("\"state\"");
		Api.Response badAttribute = api.send("PATCH", "/api/v1/urban/components/" + id,
				Map.of("attributes", Map.of("HEIGHT", "3")), api.token("zhibanzhang"));
		assertThat(badAttribute.status()).isEqualTo(400);
		assertThat(badAttribute.body()).contains("attributes.HEIGHT");

		assertThat(api.get("/api/v1/urban/components/near?lng=117.15", "jianduyuan").body()).contains("\"lat\"");
		assertThat(api.get("/api/v1/urban/components/near?lng=117.15&lat=39.1&metres=5000", "jianduyuan").status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/urban/components?class=abc", "jianduyuan").body()).contains("\"class\"");
		assertThat(api.get("/api/v1/urban/components/map?bbox=1,2,3", "jianduyuan").body()).contains("\"bbox\"");
	}

	@Test
	void aSupervisorReadsTheInventoryButNeitherImportsNorEdits() {
		assertThat(api.get("/api/v1/urban/components?size=1", "jianduyuan").status()).isEqualTo(200);
		assertThat(api.upload("/api/v1/urban/components/import", "jianduyuan", "a.csv", "text/csv",
				"CLASSCODE,LNG,LAT\n0101,117.15,39.11\n".getBytes()).status()).isEqualTo(403);
		assertThat(api.send("PATCH", "/api/v1/urban/components/1201040101000001", Map.of("state", "LOST"),
				api.token("jianduyuan")).status()).isEqualTo(403);
		assertThat(api.get("/urban/components/import", "jianduyuan").status()).isEqualTo(403);
		assertThat(api.get("/urban/components/import", "zhibanzhang").body()).contains("导入部件");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedAsAWhole() throws IOException {
		assertThat(api.upload("/api/v1/urban/components/import", "zhibanzhang", "a.txt", "text/plain", "x".getBytes())
			.status()).isEqualTo(415);
		Api.Response notJson = api.upload("/api/v1/urban/components/import", "zhibanzhang", "a.geojson",
				"application/geo+json", "{not json".getBytes());
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body()).contains("\"file\"");
		assertThat(api.upload("/api/v1/urban/components/import", "zhibanzhang", "a.zip", "application/zip",
				"PK not really".getBytes()).status()).isEqualTo(400);
		assertThat(api.upload("/api/v1/urban/components/import", "zhibanzhang", "a.csv", "text/csv",
				"CLASSCODE,OBJNAME\n0101,x\n".getBytes()).body()).contains("LNG");
		Api.Response allBad = api.upload("/api/v1/urban/components/import", "zhibanzhang", "a.csv", "text/csv",
				"CLASSCODE,LNG,LAT\n0101,100.0,30.0\n9999,117.15,39.11\n".getBytes());
		assertThat(allBad.status()).isEqualTo(422);
		assertThat(JSON.readTree(allBad.body()).get("report").get("rejected")).hasSize(2);
	}

	@Test
	void theMapGathersComponentsWhenZoomedOutAndListsThemWhenZoomedIn() {
		JsonNode wide = api.get("/api/v1/urban/components/map?bbox=117.09,39.05,117.20,39.16", "jianduyuan").json();
		assertThat(wide.get("clustered").asBoolean()).isTrue();
		int total = 0;
		for (JsonNode f : wide.get("features")) {
			total += f.get("properties").get("count").asInt();
		}
		assertThat(total).isGreaterThanOrEqualTo(20_000);
		JsonNode cover = api.get("/api/v1/urban/components?class=0101&size=1", "jianduyuan").json().get("items").get(0);
		double lng = cover.get("lng").asDouble(), lat = cover.get("lat").asDouble();
		JsonNode close = api.get("/api/v1/urban/components/map?majors=01&bbox=" + (lng - 0.002) + "," + (lat - 0.002) + ","
				+ (lng + 0.002) + "," + (lat + 0.002), "jianduyuan").json();
		assertThat(close.get("clustered").asBoolean()).isFalse();
		List<String> ids = new ArrayList<>();
		close.get("features").forEach(f -> {
			ids.add(f.get("properties").get("id").asString());
			assertThat(f.get("properties").get("major").asString()).isEqualTo("01");
		});
		assertThat(ids).contains(cover.get("id").asString());
	}

	private double[] somewhereInTheDistrict() {
		JsonNode any = api.get("/api/v1/urban/components?class=0110&size=1", "zhibanzhang").json().get("items").get(0);
		return new double[] { any.get("lng").asDouble() + 0.00002, any.get("lat").asDouble() + 0.00002 };
	}

	private static JsonNode rejection(JsonNode report, int row) {
		for (JsonNode r : report.get("rejected")) {
			if (r.get("row").asInt() == row) {
				return r;
			}
		}
		throw new AssertionError("row " + row + " not rejected: " + report);
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private byte[] download(String path, String username) {
		try {
			HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + path))
				.header("Authorization", "Bearer " + api.token(username)).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(r.statusCode()).isEqualTo(200);
			return r.body();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
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

	/** The .dbf with one record's OBJSTATE changed (records counted from 0). */
	private static byte[] changeState(byte[] dbf, int record, String state) {
		List<Object[]> records = new ArrayList<>();
		DBFField[] fields;
		try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbf), StandardCharsets.UTF_8)) {
			fields = new DBFField[reader.getFieldCount()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = reader.getField(i);
			}
			for (Object[] r; (r = reader.nextRecord()) != null;) {
				records.add(r);
			}
		}
		int column = 0;
		while (!fields[column].getName().equals("OBJSTATE")) {
			column++;
		}
		records.get(record)[column] = state;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DBFWriter writer = new DBFWriter(out, StandardCharsets.UTF_8);
		writer.setFields(fields);
		records.forEach(writer::addRecord);
		writer.close();
		return out.toByteArray();
	}
}
