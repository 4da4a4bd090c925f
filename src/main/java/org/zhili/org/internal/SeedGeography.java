package org.zhili.org.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.core.io.ClassPathResource;
import org.zhili.org.Gcj02;

/**
 * The geography shipped in {@code seed/org/}: the district boundary (published in GCJ-02, returned in
 * WGS84) and the rough street positions the demo streets grow around.
 */
final class SeedGeography {

	static final String BOUNDARY = "seed/org/nankai_boundary.geojson";
	static final String ANCHORS = "seed/org/street_anchors.csv";

	private SeedGeography() {
	}

	/** The district outline in WGS84, as one (Multi)Polygon. */
	static Geometry district() {
		try (InputStream in = new ClassPathResource(BOUNDARY).getInputStream()) {
			Geometry collection = new GeoJsonReader(LocalProjection.WGS84)
				.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Geometry outline = collection.getNumGeometries() == 1 ? collection.getGeometryN(0) : collection.union();
			return LocalProjection.WGS84.createGeometry(Gcj02Geometries.toWgs84(outline));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + BOUNDARY, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("invalid GeoJSON in " + BOUNDARY, e);
		}
	}

	/** Street code → rough centre in WGS84. */
	static Map<String, Coordinate> streetAnchors() {
		Map<String, Coordinate> anchors = new HashMap<>();
		for (String[] row : OrgSeeder.csv(ANCHORS)) {
			Gcj02.LngLat wgs = Gcj02.toWgs84(Double.parseDouble(row[1]), Double.parseDouble(row[2]));
			anchors.put(row[0], new Coordinate(wgs.lng(), wgs.lat()));
		}
		return anchors;
	}

	/** Plans for the demo streets and communities straight from the seed files (tests, benchmark). */
	static List<DemoGeometry.StreetPlan> streetPlans() {
		Map<String, Coordinate> anchors = streetAnchors();
		List<DemoGeometry.CommunityPlan> communities = communityPlans();
		return OrgSeeder.csv("seed/org/nankai_streets.csv").stream()
			.map(s -> new DemoGeometry.StreetPlan(s[0], anchors.get(s[0]),
					(int) communities.stream().filter(c -> c.streetCode().equals(s[0])).count()))
			.toList();
	}

	static List<DemoGeometry.CommunityPlan> communityPlans() {
		return OrgSeeder.csv("seed/org/nankai_streets_communities.csv").stream()
			.filter(c -> !"1".equals(c[6]))
			.map(c -> new DemoGeometry.CommunityPlan(c[2], c[0]))
			.toList();
	}
}
