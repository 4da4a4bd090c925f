package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.zhili.support.Districts;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated demo geometry of 南开区: properties the map, locate and the import rely on. */
class DemoGeometryTest {

	static final DemoLayers DEMO = DemoLayers.generated();

	@Test
	void theDistrictIsAbout41SquareKilometresAndLiesWestOfItsGcj02Outline() {
		assertThat(DEMO.district().isValid()).isTrue();
		assertThat(DEMO.projection().areaM2(DEMO.district()) / 1e6).isBetween(40.0, 41.6);
		// GCJ-02 shifts Tianjin ~0.006° east; the stored WGS84 outline must be the unshifted one.
		assertThat(DEMO.district().getEnvelopeInternal().getMinX()).isBetween(117.100, 117.106);
	}

	@Test
	void twelveStreetsAreSinglePolygonsThatTileTheDistrict() {
		assertThat(DEMO.streets()).hasSize(12);
		assertThat(DEMO.streets().values()).allSatisfy(s -> {
			assertThat(s).isInstanceOf(Polygon.class);
			assertThat(s.isValid()).isTrue();
		});
		assertTiles(DEMO.district(), DEMO.streets().values());
	}

	@Test
	void streetAreasFollowTheirCommunityCounts() {
		double perCommunity = DEMO.projection().areaM2(DEMO.district()) / 171;
		Map<String, Long> counts = new HashMap<>();
		SeedGeography.communityPlans(Districts.NANKAI.seed()).forEach(c -> counts.merge(c.streetCode(), 1L, Long::sum));
		DEMO.streets().forEach((code, street) -> assertThat(DEMO.projection().areaM2(street) / (counts.get(code) * perCommunity))
			.as("area ratio of %s", code)
			.isBetween(0.8, 1.25));
	}

	@Test
	void every171ActiveCommunityIsOnePolygonInsideItsStreetAndTheyTileIt() {
		assertThat(DEMO.communities()).hasSize(171);
		Map<String, List<Geometry>> byStreet = new HashMap<>();
		DEMO.communities().forEach((code, community) -> {
			assertThat(community).as(code).isInstanceOf(Polygon.class);
			assertThat(community.isValid()).isTrue();
			Geometry street = DEMO.streets().get(code.substring(0, 9) + "000");
			assertThat(outsideM2(community, street)).as("%s outside its street", code).isLessThan(1.0);
			byStreet.computeIfAbsent(code.substring(0, 9) + "000", s -> new ArrayList<>()).add(community);
		});
		byStreet.forEach((street, parts) -> assertTiles(DEMO.streets().get(street), parts));
	}

	@Test
	void communitiesOfAStreetHaveSimilarAreas() {
		Map<String, List<Double>> areas = new HashMap<>();
		DEMO.communities().forEach((code, c) -> areas.computeIfAbsent(code.substring(0, 9), s -> new ArrayList<>())
			.add(DEMO.projection().areaM2(c)));
		areas.forEach((street, list) -> {
			double mean = list.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			assertThat(list).as(street).allSatisfy(a -> assertThat(a / mean).isBetween(0.7, 1.4));
		});
	}

	@Test
	void gridsAverageTenThousandSquareMetresAndNestInTheirCommunity() {
		double mean = DEMO.grids().stream().mapToDouble(g -> DEMO.projection().areaM2(g.geometry())).average().orElseThrow();
		assertThat(DEMO.grids().size()).isBetween(3500, 5000);
		assertThat(mean).isBetween(8_500.0, 12_000.0);
		assertThat(DEMO.grids()).allSatisfy(g -> {
			assertThat(g.code()).matches("\\d{15}").startsWith(g.communityCode());
			assertThat(g.geometry().isValid()).isTrue();
			assertThat(outsideM2(g.geometry(), DEMO.communities().get(g.communityCode()))).isLessThan(0.5);
		});
		Map<String, List<Geometry>> byCommunity = new HashMap<>();
		DEMO.grids().forEach(g -> byCommunity.computeIfAbsent(g.communityCode(), c -> new ArrayList<>()).add(g.geometry()));
		assertThat(byCommunity).hasSize(171);
		byCommunity.forEach((code, parts) -> assertTiles(DEMO.communities().get(code), parts));
	}

	@Test
	void everyCommunityNumbersItsGridsFrom001WithoutGaps() {
		Map<String, List<DemoGeometry.GridPlan>> byCommunity = new HashMap<>();
		DEMO.grids().forEach(g -> byCommunity.computeIfAbsent(g.communityCode(), c -> new ArrayList<>()).add(g));
		byCommunity.values().forEach(list -> {
			for (int i = 0; i < list.size(); i++) {
				assertThat(list.get(i).sequence()).isEqualTo(i + 1);
				assertThat(list.get(i).code()).endsWith("%03d".formatted(i + 1));
			}
		});
		assertThat(byCommunity.get("120104001001").get(0).code()).isEqualTo("120104001001001");
	}

	@Test
	void generationIsDeterministic() {
		DemoGeometry demo = new DemoGeometry(DEMO.projection());
		Map<String, Geometry> again = demo.streets(DEMO.district(), SeedGeography.streetPlans(Districts.NANKAI.seed()));

		again.forEach((code, street) -> assertThat(street.equalsExact(DEMO.streets().get(code))).as(code).isTrue());
	}

	/**
	 * The parts cover the whole and do not overlap, up to a hairline: generation snaps borders to
	 * millimetres, so allow a band of 1 mm along the whole's outline and the parts' borders.
	 */
	private void assertTiles(Geometry whole, Collection<Geometry> parts) {
		Geometry union = UnaryUnionOp.union(parts);
		double wholeArea = DEMO.projection().areaM2(whole);
		double tolerance = 0.001 * parts.stream().mapToDouble(p -> DEMO.projection().toMetres(p).getLength()).sum();
		double sum = parts.stream().mapToDouble(DEMO.projection()::areaM2).sum();
		assertThat(outsideM2(whole, union)).as("uncovered").isLessThan(tolerance);
		assertThat(sum - wholeArea).as("overlap or gap").isBetween(-tolerance, tolerance);
	}

	/** Area of {@code a} outside {@code b}, in m². */
	private double outsideM2(Geometry a, Geometry b) {
		return DEMO.projection().areaM2(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE));
	}
}
