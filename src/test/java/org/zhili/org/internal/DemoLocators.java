package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;

/**
 * The {@link Locator} over the demo geography of 南开区 generated from the seed files, without Spring or a database,
 * for other modules' benchmarks (e.g. the urban components' lookup).
 */
public final class DemoLocators {

	private DemoLocators() {
	}

	/** The demo district's locator (generated once per JVM, a second or two). */
	public static Locator nankai() {
		DemoLayers demo = DemoLayers.generated();
		List<GeometryStore.UnitGeometry> units = new ArrayList<>();
		units.add(unit("120104", UnitLevel.DISTRICT, null, demo.district()));
		demo.streets().forEach((code, g) -> units.add(unit(code, UnitLevel.STREET, "120104", g)));
		demo.communities().forEach((code, g) -> units.add(unit(code, UnitLevel.COMMUNITY, code.substring(0, 9) + "000", g)));
		demo.grids().forEach(g -> units.add(unit(g.code(), UnitLevel.GRID, g.communityCode(), g.geometry())));
		LocateIndex index = LocateIndex.of(units);
		return new Locator() {
			@Override
			public Optional<Location> locate(double lng, double lat) {
				return index.locate(lng, lat);
			}

			@Override
			public List<String> communitiesNear(double lng, double lat, double metres) {
				return index.communitiesNear(lng, lat, metres);
			}

			@Override
			public Optional<Extent> extent(String code) {
				return index.extent(code);
			}
		};
	}

	/** The demo district's extent (WGS84). */
	public static Envelope extent() {
		return DemoLayers.generated().district().getEnvelopeInternal();
	}

	private static GeometryStore.UnitGeometry unit(String code, UnitLevel level, String parent, Geometry geometry) {
		return new GeometryStore.UnitGeometry(code, code, level, parent, geometry, GeometrySource.GENERATED);
	}
}
