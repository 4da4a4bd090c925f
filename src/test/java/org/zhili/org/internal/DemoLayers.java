package org.zhili.org.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.zhili.support.Districts;

/**
 * The demo geometry of 南开区 generated from the seed files, without Spring or a database: built once
 * per test JVM, since generating takes a second or two.
 *
 * @param district the district outline (WGS84)
 * @param projection the district's metric projection
 * @param streets street code → polygon
 * @param communities community code → polygon
 * @param grids the unit grids in numbering order
 */
record DemoLayers(Geometry district, LocalProjection projection, Map<String, Geometry> streets,
		Map<String, Geometry> communities, List<DemoGeometry.GridPlan> grids) {

	private static DemoLayers generated;

	static synchronized DemoLayers generated() {
		if (generated == null) {
			Geometry district = SeedGeography.district(Districts.NANKAI.seed().boundary());
			LocalProjection projection = LocalProjection.around(district.getEnvelopeInternal());
			DemoGeometry demo = new DemoGeometry(projection);
			Map<String, Geometry> streets = demo.streets(district, SeedGeography.streetPlans(Districts.NANKAI.seed()));
			Map<String, Geometry> communities = demo.communities(streets, SeedGeography.communityPlans(Districts.NANKAI.seed()));
			generated = new DemoLayers(district, projection, streets, communities, demo.grids(communities));
		}
		return generated;
	}

	/** Grid code → polygon. */
	Map<String, Geometry> gridLayer() {
		Map<String, Geometry> layer = new LinkedHashMap<>();
		grids.forEach(g -> layer.put(g.code(), g.geometry()));
		return layer;
	}
}
