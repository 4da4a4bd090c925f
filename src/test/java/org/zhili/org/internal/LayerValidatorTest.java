package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.zhili.org.UnitLevel;
import org.zhili.org.internal.ImportReport.Rejection;
import org.zhili.platform.ApiProblem;
import org.zhili.support.Districts;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.org.internal.GeoJsonFixtures.collection;
import static org.zhili.org.internal.GeoJsonFixtures.feature;
import static org.zhili.org.internal.GeoJsonFixtures.features;
import static org.zhili.org.internal.GeoJsonFixtures.geoJson;
import static org.zhili.org.internal.GeoJsonFixtures.wrap;

/** One test per reason an imported layer is rejected, checked against the generated demo geometry. */
class LayerValidatorTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final DemoLayers DEMO = DemoLayers.generated();
	static final Map<String, Geometry> GRIDS = DEMO.gridLayer();

	@Test
	void theGeneratedLayersThemselvesAreAccepted() {
		assertThat(validate(UnitLevel.STREET, collection(DEMO.streets())).rejected()).isEmpty();
		assertThat(validate(UnitLevel.COMMUNITY, collection(DEMO.communities())).rejected()).isEmpty();
		LayerValidator.Result gridResult = validate(UnitLevel.GRID, collection(GRIDS));
		assertThat(gridResult.rejected()).isEmpty();
		assertThat(gridResult.accepted()).hasSize(GRIDS.size());
		assertThat(gridResult.accepted().get(0).parentCode()).isEqualTo("120104001001");
	}

	@Test
	void anUnclosedRingIsRejected() {
		String open = """
				{"type":"Feature","properties":{"code":"120104001001901"},"geometry":{"type":"Polygon",
				 "coordinates":[[[117.15,39.10],[117.151,39.10],[117.151,39.101],[117.15,39.101]]]}}""";

		assertThat(reasons(UnitLevel.GRID, "{\"type\":\"FeatureCollection\",\"features\":[" + open + "]}"))
			.containsExactly("unclosed_ring");
	}

	@Test
	void aSelfIntersectingPolygonIsRejected() {
		Geometry inside = DEMO.communities().get("120104001001").getInteriorPoint();
		double x = inside.getCoordinate().x;
		double y = inside.getCoordinate().y;
		String bowTie = feature("120104001001901", "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
			.formatted(x, y, x + 0.0005, y + 0.0005, x + 0.0005, y, x, y + 0.0005, x, y));

		List<Rejection> rejected = validate(UnitLevel.GRID, "{\"type\":\"FeatureCollection\",\"features\":[" + bowTie + "]}")
			.rejected();

		assertThat(rejected).extracting(Rejection::reason).containsExactly("self_intersection");
		assertThat(rejected.get(0).message()).contains("自相交");
	}

	@Test
	void aGeometryThatIsNotAPolygonIsRejected() {
		String point = feature("120104001001901", "{\"type\":\"Point\",\"coordinates\":[117.15,39.10]}");

		assertThat(reasons(UnitLevel.GRID, wrap(point))).containsExactly("not_polygonal");
	}

	@Test
	void malformedCoordinatesAreRejected() {
		String text = feature("120104001001901",
				"{\"type\":\"Polygon\",\"coordinates\":[[[117.15,39.10],[\"117.151\",39.10],[117.151,39.101],[117.15,39.10]]]}");
		String range = feature("120104001001902",
				"{\"type\":\"Polygon\",\"coordinates\":[[[117.15,39.10],[217.151,39.10],[117.151,39.101],[117.15,39.10]]]}");

		assertThat(reasons(UnitLevel.GRID, wrap(text, range))).containsExactly("invalid_coordinates", "invalid_coordinates");
	}

	@Test
	void aFeatureWithoutGeometryIsRejected() {
		assertThat(reasons(UnitLevel.GRID, wrap("{\"type\":\"Feature\",\"properties\":{\"code\":\"120104001001901\"}}")))
			.containsExactly("invalid_feature");
	}

	@Test
	void aFeatureWithoutCodeIsRejected() {
		Map<String, Geometry> layer = new LinkedHashMap<>(DEMO.streets());
		Geometry changhong = layer.remove("120104001000");
		List<String> features = new ArrayList<>(features(layer));
		features.add("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geoJson(changhong) + "}");

		List<Rejection> rejected = validate(UnitLevel.STREET, wrap(features.toArray(String[]::new))).rejected();

		assertThat(rejected).extracting(Rejection::reason).containsExactly("missing_code", "missing_unit");
		assertThat(rejected.get(1).feature()).isNull();
		assertThat(rejected.get(1).code()).isEqualTo("120104001000");
	}

	@Test
	void unknownAndMalformedCodesAreRejected() {
		Map<String, Geometry> layer = new LinkedHashMap<>(DEMO.streets());
		layer.put("120104013000", layer.remove("120104012000"));
		List<Rejection> unknown = validate(UnitLevel.STREET, collection(layer)).rejected();
		Map<String, Geometry> inactive = new LinkedHashMap<>(DEMO.communities());
		inactive.put("120104002401", inactive.remove("120104002001"));
		Map<String, Geometry> malformed = new LinkedHashMap<>(GRIDS);
		malformed.put("12010400100101", malformed.remove("120104001001001"));

		assertThat(unknown).extracting(Rejection::reason).containsExactly("unknown_code", "missing_unit");
		assertThat(reasons(UnitLevel.COMMUNITY, collection(inactive))).containsExactly("unknown_code", "missing_unit");
		assertThat(reasons(UnitLevel.GRID, collection(malformed))).containsExactly("invalid_code");
	}

	@Test
	void aCodeTwiceInTheLayerIsRejected() {
		List<String> features = new ArrayList<>(features(GRIDS));
		features.set(1, features.get(1).replace(GRIDS.keySet().stream().skip(1).findFirst().orElseThrow(), "120104001001001"));

		List<Rejection> rejected = validate(UnitLevel.GRID, wrap(features.toArray(String[]::new))).rejected();

		assertThat(rejected).extracting(Rejection::reason).contains("duplicate_code");
		assertThat(rejected.get(0).feature()).isEqualTo(1);
	}

	@Test
	void aCommunityCodeMustStartWithTheStreetItLiesIn() {
		// 光明路社区 (长虹街道) drawn where 鼓楼街道's first community is, and the other way round.
		Map<String, Geometry> swapped = new LinkedHashMap<>(DEMO.communities());
		Geometry guangminglu = swapped.get("120104001001");
		swapped.put("120104001001", swapped.get("120104002001"));
		swapped.put("120104002001", guangminglu);

		List<Rejection> rejected = validate(UnitLevel.COMMUNITY, collection(swapped)).rejected();

		assertThat(rejected).extracting(Rejection::reason).containsExactly("code_parent_mismatch", "code_parent_mismatch");
		assertThat(rejected.get(0).message()).contains("120104002");
	}

	@Test
	void aGridCodeMustStartWithTheCommunityThatContainsIt() {
		Map<String, Geometry> layer = new LinkedHashMap<>();
		layer.put("120104001003001", GRIDS.get("120104001001001"));

		List<Rejection> rejected = validate(UnitLevel.GRID, collection(layer)).rejected();

		assertThat(rejected).extracting(Rejection::reason).containsExactly("code_parent_mismatch");
		assertThat(rejected.get(0).message()).contains("120104001001");
	}

	@Test
	void aGridAcrossTwoCommunitiesIsRejected() {
		Geometry a = DEMO.communities().get("120104001001");
		Geometry b = DEMO.communities().get("120104001003");
		Geometry border = a.intersection(b.buffer(1e-6));
		Geometry straddling = square(border.getCentroid().getX(), border.getCentroid().getY(), 80);

		assertThat(reasons(UnitLevel.GRID, collection(Map.of("120104001001901", straddling))))
			.containsExactly("not_in_one_parent");
	}

	@Test
	void overlappingFeaturesAreBothRejected() {
		Map<String, Geometry> layer = new LinkedHashMap<>(DEMO.streets());
		layer.put("120104001000", layer.get("120104001000").union(layer.get("120104008000")));

		List<Rejection> rejected = validate(UnitLevel.STREET, collection(layer)).rejected();

		assertThat(rejected).extracting(Rejection::reason).containsExactly("overlap", "overlap");
		assertThat(rejected).extracting(Rejection::code).containsExactly("120104001000", "120104008000");
	}

	@Test
	void overlapsWithinTheToleranceAreAccepted() {
		Map<String, Geometry> layer = new LinkedHashMap<>(DEMO.streets());
		// Grow 长虹街道 by 2 m: a sliver of overlap with its neighbours, well below 1 % of their area.
		layer.put("120104001000", DEMO.projection().toDegrees(DEMO.projection().toMetres(layer.get("120104001000")).buffer(2))
			.intersection(DEMO.district()));

		assertThat(validate(UnitLevel.STREET, collection(layer)).rejected()).isEmpty();
	}

	@Test
	void aFeatureOutsideTheDistrictIsRejected() {
		Geometry hexi = square(117.30, 39.10, 200);

		assertThat(reasons(UnitLevel.GRID, collection(Map.of("120104001001901", hexi))))
			.containsExactly("outside_district", "not_in_one_parent");
	}

	@Test
	void anOverlongNameIsRejected() {
		String feature = "{\"type\":\"Feature\",\"properties\":{\"code\":\"120104001001001\",\"name\":\"" + "长".repeat(101)
				+ "\"},\"geometry\":" + geoJson(GRIDS.get("120104001001001")) + "}";

		assertThat(reasons(UnitLevel.GRID, wrap(feature))).containsExactly("invalid_property");
	}

	@Test
	void contentThatIsNoFeatureCollectionIsBadInputNamingTheField() {
		assertThatThrownBy(() -> FeatureReader.read("{not json".getBytes(), "file", JSON, 10))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("file"));
		assertThatThrownBy(() -> FeatureReader.read("{\"type\":\"Feature\"}".getBytes(), "body", JSON, 10))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("body.type"));
		assertThatThrownBy(() -> FeatureReader.read("{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(), "body",
				JSON, 10))
			.isInstanceOfSatisfying(ApiProblem.class,
					p -> assertThat(p.errors().get(0).field()).isEqualTo("body.features"));
	}

	// --- helpers

	static LayerValidator.Result validate(UnitLevel level, String geoJson) {
		Map<String, Geometry> parents = switch (level) {
			case COMMUNITY -> DEMO.streets();
			case GRID -> DEMO.communities();
			default -> Map.of();
		};
		Map<String, String> units = new LinkedHashMap<>();
		switch (level) {
			case STREET -> DEMO.streets().keySet().forEach(c -> units.put(c, "街道" + c));
			case COMMUNITY -> DEMO.communities().keySet().forEach(c -> units.put(c, "社区" + c));
			default -> GRIDS.keySet().forEach(c -> units.put(c, "网格" + c));
		}
		LayerValidator.Context context = new LayerValidator.Context(level, DEMO.district(), parents, units, DEMO.projection(), 0.01,
				0.01, Districts.NANKAI);
		return new LayerValidator(context).validate(FeatureReader.read(geoJson.getBytes(), "body", JSON, 20_000));
	}

	static List<String> reasons(UnitLevel level, String geoJson) {
		return validate(level, geoJson).rejected().stream().map(Rejection::reason).toList();
	}

	/** A square of the given side (metres) centred on a WGS84 point. */
	static Geometry square(double lng, double lat, double side) {
		var centre = DEMO.projection().toMetres(lng, lat);
		GeometricShapeFactory shapes = new GeometricShapeFactory(LocalProjection.METRIC);
		shapes.setEnvelope(new Envelope(centre.x - side / 2, centre.x + side / 2, centre.y - side / 2, centre.y + side / 2));
		return DEMO.projection().toDegrees(shapes.createRectangle());
	}
}
