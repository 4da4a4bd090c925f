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
import org.zhili.org.District;
import org.zhili.org.Gcj02;

/**
 * The geography of the files zhili.district.seed names ({@link District.Seed}): the district boundary
 * (published in GCJ-02, returned in WGS84) and the rough street positions the generated streets grow around.
 */
final class SeedGeography {

	private SeedGeography() {
	}

	/** The district outline in WGS84, as one (Multi)Polygon, from a GeoJSON file in GCJ-02. */
	static Geometry district(String boundary) {
		try (InputStream in = OrgSeeder.RESOURCES.getResource(boundary).getInputStream()) {
			Geometry collection = new GeoJsonReader(LocalProjection.WGS84)
				.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Geometry outline = collection.getNumGeometries() == 1 ? collection.getGeometryN(0) : collection.union();
			return LocalProjection.WGS84.createGeometry(Gcj02Geometries.toWgs84(outline));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + boundary, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("invalid GeoJSON in " + boundary, e);
		}
	}

	/** Street code → rough centre in WGS84, from a CSV of street code, longitude and latitude in GCJ-02. */
	static Map<String, Coordinate> streetAnchors(String location) {
		Map<String, Coordinate> anchors = new HashMap<>();
		for (String[] row : OrgSeeder.csv(location)) {
			Gcj02.LngLat wgs = Gcj02.toWgs84(Double.parseDouble(row[1]), Double.parseDouble(row[2]));
			anchors.put(row[0], new Coordinate(wgs.lng(), wgs.lat()));
		}
		return anchors;
	}

	/** Plans for the demo streets and communities straight from the seed files (tests, benchmark). */
	static List<DemoGeometry.StreetPlan> streetPlans(District.Seed seed) {
		Map<String, Coordinate> anchors = streetAnchors(seed.streetAnchors());
		List<DemoGeometry.CommunityPlan> communities = communityPlans(seed);
		return OrgSeeder.csv(seed.streets()).stream()
			.map(s -> new DemoGeometry.StreetPlan(s[0], anchors.get(s[0]),
					(int) communities.stream().filter(c -> c.streetCode().equals(s[0])).count()))
			.toList();
	}

	static List<DemoGeometry.CommunityPlan> communityPlans(District.Seed seed) {
		return OrgSeeder.csv(seed.communities()).stream()
			.filter(c -> !"1".equals(c[6]))
			.map(c -> new DemoGeometry.CommunityPlan(c[2], c[0]))
			.toList();
	}
}
