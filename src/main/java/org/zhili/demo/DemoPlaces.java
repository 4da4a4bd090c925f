package org.zhili.demo;

import java.util.Optional;
import java.util.SplittableRandom;

import org.zhili.org.Location;
import org.zhili.org.Locator;

/** Where the demo's requests come from: points in the district found by the {@link Locator}, and their addresses. */
@DemoComponent
class DemoPlaces {

	/** Nankai's extent in WGS84 with a margin; points the {@link Locator} finds outside the district are drawn again. */
	private static final double WEST = 117.095, EAST = 117.195, SOUTH = 39.055, NORTH = 39.157;

	private final Locator locator;

	DemoPlaces(Locator locator) {
		this.locator = locator;
	}

	/** Where, in words: the community and a building or landmark. */
	static String address(Location l, SplittableRandom r) {
		String community = l.community().name().replace("社区居委会", "社区").replace("居委会", "");
		String where = switch (r.nextInt(4)) {
			case 0 -> (1 + r.nextInt(40)) + "号楼";
			case 1 -> "小区门口";
			case 2 -> (1 + r.nextInt(200)) + "号附近";
			default -> "周边";
		};
		return l.street().name() + community + where;
	}

	static String communityPath(Location l) {
		return "/" + l.district().code() + "/" + l.street().code() + "/" + l.community().code() + "/";
	}

	static double round6(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

	/** A point in the district within {@code spread} degrees of {@code centre}, or anywhere if none is found. */
	Point near(double[] centre, SplittableRandom r, double spread) {
		for (int attempt = 0; attempt < 20; attempt++) {
			double lng = centre[0] + (r.nextDouble() - 0.5) * spread;
			double lat = centre[1] + (r.nextDouble() - 0.5) * spread * 0.75;
			Optional<Location> l = locator.locate(lng, lat);
			if (l.isPresent() && l.get().community() != null) {
				return new Point(l.get(), new double[] { lng, lat });
			}
		}
		return anywhere(r);
	}

	record Point(Location location, double[] lngLat) {
	}

	Point anywhere(SplittableRandom r) {
		while (true) {
			double lng = WEST + r.nextDouble() * (EAST - WEST);
			double lat = SOUTH + r.nextDouble() * (NORTH - SOUTH);
			Optional<Location> l = locator.locate(lng, lat);
			if (l.isPresent() && l.get().community() != null) {
				return new Point(l.get(), new double[] { lng, lat });
			}
		}
	}
}
