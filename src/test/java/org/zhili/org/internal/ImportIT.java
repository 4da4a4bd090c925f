package org.zhili.org.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.org.internal.GeoJsonFixtures.collection;
import static org.zhili.org.internal.GeoJsonFixtures.feature;
import static org.zhili.org.internal.GeoJsonFixtures.geoJson;
import static org.zhili.org.internal.GeoJsonFixtures.wrap;

/**
 * 边界导入 over HTTP on the real database. Imports that change the layers restore the generated demo
 * geometry afterwards (the application context, and so the database, is shared by all tests).
 */
@ZhiliIntegrationTest
class ImportIT {

	@Autowired
	GeometryStore store;

	@Autowired
	GeometryLayers layers;

	@Autowired
	Locator locator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;
	boolean changed;


	@AfterEach
	void restoreTheGeneratedDemoGeometry() {
		if (changed) {
			assertThat(api.post("/api/v1/org/geometry/regenerate?level=STREET", null, "sysadmin").status()).isEqualTo(200);
		}
		assertThat(layers.sources()).containsEntry(UnitLevel.STREET, GeometrySource.GENERATED)
			.containsEntry(UnitLevel.GRID, GeometrySource.GENERATED);
	}

	@Test
	void aDryRunChecksTheLayerAndWritesNothing() {
		String streets = collection(store.layer(UnitLevel.STREET));

		Api.Response r = api.send("POST", "/api/v1/org/import?level=STREET&dryRun=true", streets, api.token("sysadmin"));

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("dryRun").asBoolean()).isTrue();
		assertThat(r.json().get("applied").asBoolean()).isFalse();
		assertThat(r.json().get("accepted").asInt()).isEqualTo(12);
		assertThat(texts(r.json().get("regenerated"))).containsExactly("COMMUNITY", "GRID");
		assertThat(layers.sources()).containsEntry(UnitLevel.STREET, GeometrySource.GENERATED);
	}

	@Test
	void aRejectedLayerIsA422WithTheWholeReportAndWritesNothing() {
		Map<String, Geometry> streets = new LinkedHashMap<>(store.layer(UnitLevel.STREET));
		streets.remove("120104012000");
		String bowTie = feature("120104011000",
				"{\"type\":\"Polygon\",\"coordinates\":[[[117.16,39.08],[117.17,39.09],[117.17,39.08],[117.16,39.09],[117.16,39.08]]]}");
		List<String> features = new java.util.ArrayList<>(GeoJsonFixtures.features(streets));
		features.set(10, bowTie);
		long audits = audits();

		Api.Response r = api.send("POST", "/api/v1/org/import?level=STREET",
				wrap(features.toArray(String[]::new)), api.token("sysadmin"));

		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.json().get("code").asString()).isEqualTo("layer_rejected");
		JsonNode report = r.json().get("report");
		assertThat(report.get("features").asInt()).isEqualTo(11);
		assertThat(report.get("accepted").asInt()).isEqualTo(10);
		JsonNode rejected = report.get("rejected");
		assertThat(rejected.get(0).get("feature").asInt()).isEqualTo(10);
		assertThat(rejected.get(0).get("code").asString()).isEqualTo("120104011000");
		assertThat(rejected.get(0).get("reason").asString()).isEqualTo("self_intersection");
		assertThat(rejected.get(0).get("message").asString()).contains("自相交");
		assertThat(rejected.get(1).get("reason").asString()).isEqualTo("missing_unit");
		assertThat(rejected.get(1).get("feature").isNull()).isTrue();
		assertThat(layers.sources()).containsEntry(UnitLevel.STREET, GeometrySource.GENERATED);
		assertThat(audits()).isEqualTo(audits);
	}

	@Test
	void aFileThatIsNoGeoJsonIsA400NamingTheUploadField() throws Exception {
		HttpResponse<String> r = upload("/api/v1/org/import?level=GRID", "{\"type\":".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> wrongLevel = upload("/api/v1/org/import?level=DISTRICT",
				wrap().getBytes(StandardCharsets.UTF_8));

		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"file\"");
		assertThat(wrongLevel.statusCode()).isEqualTo(400);
		assertThat(wrongLevel.body()).contains("\"field\":\"level\"");
	}

	@Test
	void onlyTheSystemAdministratorImportsOrRegenerates() {
		String streets = collection(store.layer(UnitLevel.STREET));

		assertThat(api.send("POST", "/api/v1/org/import?level=STREET&dryRun=true", streets, api.token("operator"))
			.status()).isEqualTo(403);
		assertThat(api.post("/api/v1/org/geometry/regenerate?level=GRID", null, "changhong").status()).isEqualTo(403);
	}

	@Test
	void anImportedStreetLayerReplacesTheGeneratedOneAndTheLayersBelowAreRegeneratedInsideIt() throws Exception {
		Map<String, Geometry> strips = strips(store.district().orElseThrow());
		changed = true;

		HttpResponse<String> r = upload("/api/v1/org/import?level=STREET", collection(strips).getBytes(StandardCharsets.UTF_8));

		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		assertThat(r.body()).contains("\"applied\":true");
		assertThat(layers.sources()).containsEntry(UnitLevel.STREET, GeometrySource.IMPORTED)
			.containsEntry(UnitLevel.COMMUNITY, GeometrySource.GENERATED)
			.containsEntry(UnitLevel.GRID, GeometrySource.GENERATED);
		LocalProjection projection = layers.projection();
		Map<String, Geometry> streets = store.layer(UnitLevel.STREET);
		store.layer(UnitLevel.COMMUNITY).forEach((code, community) -> {
			Geometry street = streets.get(code.substring(0, 9) + "000");
			double outside = projection.areaM2(OverlayNG.overlay(community, street, OverlayNG.DIFFERENCE));
			assertThat(outside).as(code).isLessThan(1.0);
		});
		// The locate index follows: a point in a strip is in that strip's street.
		Point west = strips.get("120104001000").getInteriorPoint();
		assertThat(locator.locate(west.getX(), west.getY()).orElseThrow().street().code()).isEqualTo("120104001000");
		assertThat(audits()).isPositive();
		assertThat(jdbc.sql("""
				select detail from identity.audit_event where action = 'org.geography.imported' order by id desc limit 1""")
			.query(String.class).single()).contains("导入街道边界 12 个").contains("社区、网格");
	}

	@Test
	void anImportedGridLayerEndsTheGridsItNoLongerHasAndCreatesNewOnes() {
		Map<String, Geometry> grids = new LinkedHashMap<>();
		Map<String, Geometry> all = store.layer(UnitLevel.GRID);
		all.forEach((code, grid) -> {
			if (code.startsWith("120104001001")) {
				grids.put(code, grid);
			}
		});
		// Merge 001 and 002 into a new grid 901; the rest of 光明路社区 keeps its codes.
		grids.put("120104001001901", grids.remove("120104001001001").union(grids.remove("120104001001002")));
		String layer = wrap(grids.entrySet().stream().map(e -> feature(e.getKey(), geoJson(e.getValue()))).toArray(String[]::new));
		changed = true;

		Api.Response r = api.send("POST", "/api/v1/org/import?level=GRID", layer, api.token("sysadmin"));

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(texts(r.json().get("regenerated"))).isEmpty();
		JsonNode ended = api.get("/api/v1/org/units/120104001001001", "sysadmin").json().get("unit");
		assertThat(ended.get("active").asBoolean()).isFalse();
		assertThat(ended.get("validTo").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		JsonNode created = api.get("/api/v1/org/units/120104001001901", "sysadmin").json();
		assertThat(created.get("unit").get("name").asString()).isEqualTo("光明路社区第901网格");
		assertThat(created.get("geometry").get("source").asString()).isEqualTo("IMPORTED");
		assertThat(api.get("/api/v1/org/units?level=GRID&active=true", "sysadmin").json().get("total").asLong())
			.isEqualTo(grids.size());
		Point merged = grids.get("120104001001901").getInteriorPoint();
		assertThat(locator.locate(merged.getX(), merged.getY()).orElseThrow().grid().code()).isEqualTo("120104001001901");
		// Elsewhere no grid is left: locate falls back to the community polygons.
		Point elsewhere = all.get("120104005001001").getInteriorPoint();
		var fallback = locator.locate(elsewhere.getX(), elsewhere.getY()).orElseThrow();
		assertThat(fallback.grid()).isNull();
		assertThat(fallback.community().code()).isEqualTo("120104005001");
	}

	@Test
	void regeneratingBringsBackTheSameGridsAndEndsImportedOnes() {
		Api.Response r = api.post("/api/v1/org/geometry/regenerate?level=GRID", null, "sysadmin");

		assertThat(r.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/org/units/120104001001001", "operator").json().get("unit").get("active").asBoolean())
			.isTrue();
		assertThat(jdbc.sql("select count(*) from org.unit where code = '120104001001901' and active")
			.query(Long.class).single()).isZero();
	}

	private long audits() {
		return jdbc.sql("select count(*) from identity.audit_event where action = 'org.geography.imported'")
			.query(Long.class)
			.single();
	}

	/** 12 north–south strips of equal width over the district: a valid street layer unlike the generated one. */
	private static Map<String, Geometry> strips(Geometry district) {
		Envelope env = district.getEnvelopeInternal();
		double width = env.getWidth() / 12;
		Map<String, Geometry> strips = new LinkedHashMap<>();
		for (int i = 0; i < 12; i++) {
			Envelope strip = new Envelope(env.getMinX() + i * width, env.getMinX() + (i + 1) * width, env.getMinY(),
					env.getMaxY());
			strips.put("120104%03d000".formatted(i + 1), district.intersection(district.getFactory().toGeometry(strip)));
		}
		return strips;
	}

	private HttpResponse<String> upload(String path, byte[] content) {
		return api.upload(path, "sysadmin", "layer.geojson", "application/geo+json", content).raw();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}
}
