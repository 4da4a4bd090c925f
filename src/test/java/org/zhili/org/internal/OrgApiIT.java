package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The org API as the "done when" describes it, and its answers to bad input. */
@ZhiliIntegrationTest
class OrgApiIT {

	/** 水上公园 area, well inside the district (WGS84). */
	static final double INSIDE_LNG = 117.155;
	static final double INSIDE_LAT = 39.095;

	@Autowired
	Api api;


	@Test
	void theTwelveStreetsAreListedInCodeOrder() {
		Api.Response r = api.get("/api/v1/org/units?level=STREET", "operator");

		assertThat(r.status()).isEqualTo(200);
		assertThat(codes(r.json().get("items"))).containsExactlyElementsOf(
				IntStream.rangeClosed(1, 12).mapToObj(i -> "120104%03d000".formatted(i)).toList());
		assertThat(r.json().get("total").asLong()).isEqualTo(12);
	}

	@Test
	void thereAre176CommunitiesOf171Active() {
		JsonNode all = api.get("/api/v1/org/units?level=COMMUNITY", "operator").json();
		JsonNode active = api.get("/api/v1/org/units?level=COMMUNITY&active=true", "operator").json();

		assertThat(all.get("total").asLong()).isEqualTo(176);
		assertThat(all.get("items").size()).isEqualTo(176);
		assertThat(active.get("total").asLong()).isEqualTo(171);
		JsonNode gulouShopping = find(all.get("items"), "120104002401");
		assertThat(gulouShopping.get("active").asBoolean()).isFalse();
		assertThat(gulouShopping.get("validTo").asString()).isEqualTo("2022-12-31");
	}

	@Test
	void gridsCarry15DigitCodesStartingWithTheirCommunity() {
		Api.Response r = api.get("/api/v1/org/units?level=GRID&active=true&limit=5000", "operator");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("total").asLong()).isBetween(3500L, 5000L);
		assertThat(r.json().get("items")).allSatisfy(grid -> {
			assertThat(grid.get("code").asString()).matches("\\d{15}").startsWith(grid.get("parentCode").asString());
			assertThat(grid.get("name").asString()).matches(".+社区第\\d{3}网格");
		});
		JsonNode first = api.get("/api/v1/org/units/120104001001001", "operator").json();
		assertThat(first.get("unit").get("name").asString()).isEqualTo("光明路社区第001网格");
		assertThat(codes(first.get("ancestors"))).containsExactly("120104", "120104001000", "120104001001");
		assertThat(first.get("geometry").get("source").asString()).isEqualTo("GENERATED");
		assertThat(first.get("geometry").get("areaM2").asDouble()).isBetween(5_000.0, 20_000.0);
	}

	@Test
	void aUnitShowsItsChildrenCountedByLevel() {
		JsonNode gulou = api.get("/api/v1/org/units/120104002000", "operator").json();

		JsonNode communities = gulou.get("children").get(0);
		assertThat(communities.get("level").asString()).isEqualTo("COMMUNITY");
		assertThat(communities.get("active").asLong()).isEqualTo(9);
		assertThat(communities.get("inactive").asLong()).isEqualTo(4);
		assertThat(api.get("/api/v1/org/units/120104002000/children", "operator").json().size()).isEqualTo(13);
	}

	@Test
	void searchFindsUnitsByNameOrCodeAndTakesWildcardsLiterally() {
		assertThat(codes(api.get("/api/v1/org/units?q=光明路", "operator").json().get("items")))
			.contains("120104001001", "120104001001001");
		assertThat(codes(api.get("/api/v1/org/units?q=120104012&level=STREET", "operator").json().get("items")))
			.containsExactly("120104012000");
		assertThat(api.get("/api/v1/org/units?q=%25", "operator").json().get("total").asLong()).isZero();
	}

	@Test
	void theTreeCountsCommunitiesPerStreetAndGridsPerCommunity() {
		JsonNode district = api.get("/api/v1/org/tree", "operator").json().get(0);

		assertThat(district.get("code").asString()).isEqualTo("120104");
		assertThat(district.get("activeChildren").asLong()).isEqualTo(12);
		JsonNode gulou = find(district.get("children"), "120104002000");
		assertThat(gulou.get("activeChildren").asLong()).isEqualTo(9);
		assertThat(gulou.get("inactiveChildren").asLong()).isEqualTo(4);
		assertThat(gulou.get("children").size()).isEqualTo(13);
		assertThat(find(gulou.get("children"), "120104002001").get("activeChildren").asLong()).isPositive();
	}

	@Test
	void aPointInsideTheDistrictIsLocatedToGridCommunityAndStreet() {
		Api.Response r = api.get("/api/v1/org/locate?lng=" + INSIDE_LNG + "&lat=" + INSIDE_LAT, "operator");

		assertThat(r.status()).isEqualTo(200);
		String grid = r.json().get("grid").get("code").asString();
		String community = r.json().get("community").get("code").asString();
		String street = r.json().get("street").get("code").asString();
		assertThat(grid).hasSize(15).startsWith(community);
		assertThat(community).startsWith(street.substring(0, 9));
		assertThat(r.json().get("grid").get("name").asString()).endsWith("网格");
	}

	@Test
	void aGcj02PointIsConvertedBeforeLocating() {
		var gcj = org.zhili.org.Gcj02.toGcj02(INSIDE_LNG, INSIDE_LAT);
		Api.Response wgs = api.get("/api/v1/org/locate?lng=" + INSIDE_LNG + "&lat=" + INSIDE_LAT, "operator");
		Api.Response mars = api.get("/api/v1/org/locate?crs=gcj02&lng=" + gcj.lng() + "&lat=" + gcj.lat(), "operator");

		assertThat(mars.status()).isEqualTo(200);
		assertThat(mars.json().get("grid").get("code").asString()).isEqualTo(wgs.json().get("grid").get("code").asString());
		assertThat(mars.json().get("wgs84").get("lng").asDouble()).isCloseTo(INSIDE_LNG,
				org.assertj.core.api.Assertions.within(1e-7));
	}

	@Test
	void aPointOutsideTheDistrictIsA404Problem() {
		Api.Response r = api.get("/api/v1/org/locate?lng=117.30&lat=39.10", "operator");

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.header("Content-Type")).contains("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo("not_found");
	}

	@Test
	void malformedOrImpossibleCoordinatesAre400ProblemsNamingTheField() {
		assertField(api.get("/api/v1/org/locate?lng=abc&lat=39.1", "operator"), 400, "lng");
		assertField(api.get("/api/v1/org/locate?lng=117.1&lat=", "operator"), 400, "lat");
		assertField(api.get("/api/v1/org/locate?lng=117.1", "operator"), 400, "lat");
		assertField(api.get("/api/v1/org/locate?lng=181&lat=39.1", "operator"), 400, "lng");
		assertField(api.get("/api/v1/org/locate?lng=117.1&lat=NaN", "operator"), 400, "lat");
		assertField(api.get("/api/v1/org/locate?lng=117.1&lat=39.1&crs=bd09", "operator"), 400, "crs");
		assertField(api.get("/api/v1/org/convert?lng=1e999&lat=39.1", "operator"), 400, "lng");
	}

	@Test
	void badFiltersAndUnknownCodesAreNamed() {
		assertField(api.get("/api/v1/org/units?level=CITY", "operator"), 400, "level");
		assertField(api.get("/api/v1/org/units?parent=not-a-code", "operator"), 400, "parent");
		assertField(api.get("/api/v1/org/units?parent=120104099000", "operator"), 400, "parent");
		assertField(api.get("/api/v1/org/units?limit=0", "operator"), 400, "limit");
		assertField(api.get("/api/v1/org/units?q=" + "长".repeat(51), "operator"), 400, "q");
		assertField(api.get("/api/v1/org/geojson", "operator"), 400, "level");
		assertField(api.get("/api/v1/org/geojson?level=GRID&bbox=1,2,3", "operator"), 400, "bbox");
		assertThat(api.get("/api/v1/org/units/120104099000", "operator").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/org/units/x'%20or%201=1", "operator").status()).isEqualTo(404);
	}

	@Test
	void geoJsonLayersCarryCodeNameLevelAndSource() {
		Api.Response streets = api.get("/api/v1/org/geojson?level=STREET", "operator");
		Api.Response grids = api.get("/api/v1/org/geojson?level=GRID&parent=120104001001", "operator");
		Api.Response district = api.get("/api/v1/org/geojson?level=DISTRICT", "operator");

		assertThat(streets.status()).isEqualTo(200);
		assertThat(streets.header("Content-Type")).startsWith("application/geo+json");
		JsonNode features = streets.json().get("features");
		assertThat(features.size()).isEqualTo(12);
		assertThat(features.get(0).get("geometry").get("type").asString()).isEqualTo("Polygon");
		assertThat(features.get(0).get("properties").get("source").asString()).isEqualTo("GENERATED");
		assertThat(features.get(0).get("properties").get("level").asString()).isEqualTo("STREET");
		assertThat(district.json().get("features").get(0).get("properties").get("source").asString()).isEqualTo("IMPORTED");
		assertThat(grids.json().get("features")).allSatisfy(f -> assertThat(f.get("properties").get("code").asString())
			.startsWith("120104001001"));
	}

	@Test
	void coordinatesConvertBothWays() {
		JsonNode wgs = api.get("/api/v1/org/convert?lng=116.41024449916938&lat=39.91640428150164", "operator").json();
		JsonNode gcj = api.get("/api/v1/org/convert?lng=116.404&lat=39.915&from=wgs84&to=gcj02", "operator").json();

		assertThat(wgs.get("lng").asDouble()).isCloseTo(116.404, org.assertj.core.api.Assertions.within(1e-7));
		assertThat(gcj.get("lat").asDouble()).isCloseTo(39.91640428150164, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void theAuditAdministratorHasNoOrgView() {
		assertThat(api.get("/api/v1/org/units", "auditor").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/org/units", null).status()).isEqualTo(401);
	}

	static void assertField(Api.Response r, int status, String field) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.json().get("errors").get(0).get("field").asString()).as(r.body()).isEqualTo(field);
	}

	static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>();
		array.forEach(n -> codes.add(n.get("code").asString()));
		return codes;
	}

	static JsonNode find(JsonNode array, String code) {
		for (JsonNode n : array) {
			if (n.get("code").asString().equals(code)) {
				return n;
			}
		}
		throw new AssertionError(code + " not in " + array);
	}
}
