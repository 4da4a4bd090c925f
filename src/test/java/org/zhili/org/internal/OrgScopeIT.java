package org.zhili.org.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.UnitLevel;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 长虹街道 and 鼓楼街道 officials never see each other's data, through any org endpoint: lists, single
 * units, children, the tree, GeoJSON layers and locate.
 */
@ZhiliIntegrationTest
class OrgScopeIT {

	@Autowired
	GeometryStore store;

	@Autowired
	Api api;


	@ParameterizedTest(name = "{0} never sees {2}")
	@CsvSource({ "changhong, 120104001, 120104002", "gulou, 120104002, 120104001" })
	void listsAndTheTreeOnlyHoldTheOwnStreetAndTheContextAboveIt(String user, String own, String other) {
		for (String query : List.of("", "?level=STREET", "?level=COMMUNITY", "?level=GRID&limit=5000", "?q=社区",
				"?parent=120104", "?active=false")) {
			String body = api.get("/api/v1/org/units" + query, user).body();
			assertThat(body).as(query).doesNotContain("\"" + other);
		}
		assertThat(api.get("/api/v1/org/units?level=COMMUNITY", user).body()).contains("\"" + own + "001\"");
		assertThat(api.get("/api/v1/org/units?level=DISTRICT", user).body()).contains("\"120104\"");
		assertThat(api.get("/api/v1/org/units/120104/children", user).body()).doesNotContain("\"" + other)
			.contains("\"" + own + "000\"");
		String tree = api.get("/api/v1/org/tree", user).body();
		assertThat(tree).contains("\"" + own + "000\"").doesNotContain("\"" + other);
	}

	@ParameterizedTest(name = "{0} gets 404 for {1}")
	@CsvSource({ "changhong, 120104002000", "changhong, 120104002001", "changhong, 120104002001001",
			"changhong, 120104002401", "gulou, 120104001000", "gulou, 120104001001", "gulou, 120104001001001" })
	void singleUnitsOfTheOtherStreetLookNonexistent(String user, String code) {
		Api.Response unit = api.get("/api/v1/org/units/" + code, user);
		Api.Response children = api.get("/api/v1/org/units/" + code + "/children", user);
		Api.Response filtered = api.get("/api/v1/org/units?parent=" + code, user);
		Api.Response layer = api.get("/api/v1/org/geojson?level=GRID&parent=" + code, user);

		assertThat(unit.status()).isEqualTo(404);
		assertThat(unit.json().get("code").asString()).isEqualTo("not_found");
		assertThat(children.status()).isEqualTo(404);
		assertThat(filtered.status()).isEqualTo(400);
		assertThat(layer.status()).isEqualTo(400);
		Api.Response nonexistent = api.get("/api/v1/org/units/120104099000", user);
		assertThat(unit.json().get("detail").asString()).isEqualTo(nonexistent.json().get("detail").asString());
	}

	@ParameterizedTest(name = "{0} sees no {2} polygons")
	@CsvSource({ "changhong, 120104001, 120104002", "gulou, 120104002, 120104001" })
	void geoJsonLayersHoldOnlyTheOwnStreet(String user, String own, String other) {
		for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET, UnitLevel.COMMUNITY, UnitLevel.GRID)) {
			Api.Response layer = api.get("/api/v1/org/geojson?level=" + level, user);
			assertThat(layer.status()).isEqualTo(200);
			assertThat(layer.body()).as(level.name()).doesNotContain("\"" + other);
			assertThat(layer.json().get("features").size()).as(level.name()).isPositive();
		}
		assertThat(api.get("/api/v1/org/geojson?level=STREET", user).json().get("features").size()).isEqualTo(1);
		assertThat(api.get("/api/v1/org/geojson?level=GRID&bbox=117.0,39.0,117.3,39.2", user).body())
			.doesNotContain("\"" + other)
			.contains("\"" + own);
	}

	@ParameterizedTest(name = "{0} cannot locate a point in {2}")
	@CsvSource({ "changhong, 120104001000, 120104002000", "gulou, 120104002000, 120104001000" })
	void locateAnswersOnlyInsideTheOwnStreet(String user, String own, String other) {
		Point ownPoint = store.layer(UnitLevel.STREET).get(own).getInteriorPoint();
		Point otherPoint = store.layer(UnitLevel.STREET).get(other).getInteriorPoint();

		Api.Response inside = api.get("/api/v1/org/locate?lng=" + ownPoint.getX() + "&lat=" + ownPoint.getY(), user);
		Api.Response elsewhere = api.get("/api/v1/org/locate?lng=" + otherPoint.getX() + "&lat=" + otherPoint.getY(), user);
		Api.Response outside = api.get("/api/v1/org/locate?lng=117.30&lat=39.10", user);

		assertThat(inside.status()).isEqualTo(200);
		assertThat(inside.json().get("street").get("code").asString()).isEqualTo(own);
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.body()).doesNotContain(other.substring(0, 9));
		assertThat(elsewhere.json().get("code").asString()).isEqualTo(outside.json().get("code").asString());
		assertThat(elsewhere.json().get("detail").asString()).isEqualTo(outside.json().get("detail").asString());
	}

	@ParameterizedTest(name = "{0} sees the public department directory")
	@CsvSource({ "changhong", "gulou", "guangminglu" })
	void departmentsArePublicToEveryScope(String user) {
		assertThat(api.get("/api/v1/org/departments", user).body()).contains("120104CGW");
		assertThat(api.get("/api/v1/org/units/120104CGW", user).status()).isEqualTo(200);
	}

	@org.junit.jupiter.api.Test
	void aGridWorkerSeesOnlyTheOwnCommunityBelowTheStreet() {
		String units = api.get("/api/v1/org/units?level=COMMUNITY", "guangminglu").body();
		String grids = api.get("/api/v1/org/geojson?level=GRID", "guangminglu").body();

		assertThat(units).contains("\"120104001001\"").doesNotContain("\"120104001003\"");
		assertThat(grids).contains("\"120104001001001\"").doesNotContain("\"120104001003");
		assertThat(api.get("/api/v1/org/units/120104001000", "guangminglu").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/org/units/120104001003", "guangminglu").status()).isEqualTo(404);
	}

	@org.junit.jupiter.api.Test
	void aDepartmentServesTheWholeDistrictSoItSeesEveryStreet() {
		Point changhong = store.layer(UnitLevel.STREET).get("120104001000").getInteriorPoint();
		Point gulou = store.layer(UnitLevel.STREET).get("120104002000").getInteriorPoint();

		assertThat(api.get("/api/v1/org/units?level=STREET", "chengguan").json().get("items").size()).isEqualTo(12);
		assertThat(api.get("/api/v1/org/locate?lng=" + changhong.getX() + "&lat=" + changhong.getY(), "chengguan")
			.json().get("street").get("code").asString()).isEqualTo("120104001000");
		assertThat(api.get("/api/v1/org/locate?lng=" + gulou.getX() + "&lat=" + gulou.getY(), "chengguan")
			.json().get("street").get("code").asString()).isEqualTo("120104002000");
		assertThat(api.get("/api/v1/org/units/120104WGZ", "chengguan").status()).isEqualTo(200);
	}
}
