package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;

/**
 * Point → grid, community, street, in memory: one STRtree per level over prepared polygons (JTS). The
 * grid tree answers most points; where grids leave gaps (a partial import) the community and then the
 * street tree answer. Ancestors come from the tree of units, not from their own polygons, so the result
 * always nests even if an imported upper layer does not match the one below it exactly. Immutable:
 * a new index is built whenever geometry changes.
 */
final class LocateIndex {

	/** A unit with its polygon ({@code null} for a unit that has none). */
	record Unit(String code, String name, UnitLevel level, String parentCode, PreparedGeometry polygon) {
	}

	private final Unit district;
	private final Map<String, Unit> units = new HashMap<>();
	private final STRtree grids = new STRtree();
	private final STRtree communities = new STRtree();
	private final STRtree streets = new STRtree();

	private LocateIndex(Collection<GeometryStore.UnitGeometry> geometries) {
		Unit found = null;
		for (GeometryStore.UnitGeometry g : geometries) {
			if (g.geometry() == null) {
				// Known for naming ancestors, but nothing to find it by.
				units.put(g.code(), new Unit(g.code(), g.name(), g.level(), g.parentCode(), null));
				continue;
			}
			Unit unit = new Unit(g.code(), g.name(), g.level(), g.parentCode(),
					PreparedGeometryFactory.prepare(g.geometry()));
			units.put(unit.code(), unit);
			Envelope env = g.geometry().getEnvelopeInternal();
			switch (g.level()) {
				case DISTRICT -> found = unit;
				case STREET -> streets.insert(env, unit);
				case COMMUNITY -> communities.insert(env, unit);
				case GRID -> grids.insert(env, unit);
				default -> {
				}
			}
		}
		this.district = found;
		grids.build();
		communities.build();
		streets.build();
	}

	Optional<Locator.Extent> extent(String code) {
		Unit unit = units.get(code);
		if (unit == null || unit.polygon() == null) {
			return Optional.empty();
		}
		Envelope e = unit.polygon().getGeometry().getEnvelopeInternal();
		return Optional.of(new Locator.Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
	}

	static LocateIndex of(Collection<GeometryStore.UnitGeometry> geometries) {
		return new LocateIndex(geometries);
	}

	/** An index with no geometry: every point is outside. */
	static LocateIndex empty() {
		return new LocateIndex(List.of());
	}

	/** How many units of a level can be found by their polygon. */
	int size(UnitLevel level) {
		return (int) units.values().stream().filter(u -> u.level() == level && u.polygon() != null).count();
	}

	Optional<Location> locate(double lng, double lat) {
		if (district == null || district.polygon() == null || !Double.isFinite(lng) || !Double.isFinite(lat)) {
			return Optional.empty();
		}
		Point point = LocalProjection.WGS84.createPoint(new Coordinate(lng, lat));
		if (!district.polygon().covers(point)) {
			return Optional.empty();
		}
		Unit grid = find(grids, point);
		Unit community = grid != null ? units.get(grid.parentCode()) : find(communities, point);
		Unit street = community != null ? units.get(community.parentCode()) : find(streets, point);
		return Optional.of(new Location(place(district), place(street), place(community), place(grid)));
	}

	List<String> communitiesNear(double lng, double lat, double metres) {
		if (!Double.isFinite(lng) || !Double.isFinite(lat) || Math.abs(lat) >= 90) {
			return List.of();
		}
		Point point = LocalProjection.WGS84.createPoint(new Coordinate(lng, lat));
		// Degrees of longitude are the shorter ones here: measuring in them errs on the side of too many.
		double degrees = metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
		Envelope around = new Envelope(point.getCoordinate());
		around.expandBy(degrees);
		List<String> near = new ArrayList<>();
		for (Object candidate : communities.query(around)) {
			Unit unit = (Unit) candidate;
			if (unit.polygon().getGeometry().isWithinDistance(point, degrees)) {
				near.add(unit.code());
			}
		}
		return near;
	}

	private static final double METRES_PER_DEGREE = 111_320;

	/** The first polygon of a tree that covers the point (a point on a shared border gets one of them). */
	private static Unit find(STRtree tree, Point point) {
		for (Object candidate : tree.query(point.getEnvelopeInternal())) {
			Unit unit = (Unit) candidate;
			if (unit.polygon().covers(point)) {
				return unit;
			}
		}
		return null;
	}

	private static Location.Place place(Unit unit) {
		return unit == null ? null : new Location.Place(unit.code(), unit.name());
	}
}
