package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Plausible demo geometry where no public boundaries exist (there are none below the district): streets
 * grown around rough real positions with areas proportional to their community counts, compact
 * communities of similar size inside each street, and ~10,000 m² unit grids inside each community. All
 * of it is deterministic (fixed seeds), so a regenerated layer is identical to the one it replaces, and
 * each layer is built inside whatever layer above it exists, generated or imported.
 */
final class DemoGeometry {

	/** A street to generate: where it roughly is (WGS84) and how many active communities it has. */
	record StreetPlan(String code, Coordinate anchor, int communities) {
	}

	/** A community to generate inside its street. */
	record CommunityPlan(String code, String streetCode) {
	}

	/** A generated unit grid (WGS84): its 15-digit code, community and 1-based sequence. */
	record GridPlan(String code, String communityCode, int sequence, Geometry geometry) {
	}

	/** Cells of a community are numbered into rows of this height (metres) before west → east. */
	private static final double ROW_BAND = 300;
	private static final int SAMPLES_PER_COMMUNITY = 300;

	private final LocalProjection projection;

	DemoGeometry(LocalProjection projection) {
		this.projection = projection;
	}

	/** Streets tiling the district, each one polygon. */
	Map<String, Geometry> streets(Geometry district, List<StreetPlan> streets) {
		Geometry region = projection.toMetres(district);
		List<Coordinate> sites = streets.stream().map(s -> projection.toMetres(s.anchor().x, s.anchor().y)).toList();
		double[] shares = streets.stream().mapToDouble(s -> Math.max(1, s.communities())).toArray();
		// Sites stay where the streets really are: the weights alone fit the areas.
		List<Geometry> parts = PowerPartition.split(region, sites, shares, false);
		Map<String, Geometry> result = new LinkedHashMap<>();
		for (int i = 0; i < streets.size(); i++) {
			result.put(streets.get(i).code(), projection.toDegrees(parts.get(i)));
		}
		return result;
	}

	/**
	 * Communities tiling each street that has geometry, each one polygon where its street allows. Streets are
	 * independent (each has its own seed), so they are split in parallel; the result keeps the streets' order.
	 */
	Map<String, Geometry> communities(Map<String, Geometry> streets, List<CommunityPlan> communities) {
		Map<String, List<String>> byStreet = new LinkedHashMap<>();
		for (CommunityPlan c : communities) {
			byStreet.computeIfAbsent(c.streetCode(), s -> new ArrayList<>()).add(c.code());
		}
		Map<String, Geometry> result = new LinkedHashMap<>();
		byStreet.entrySet()
			.stream()
			.toList()
			.parallelStream()
			.map(e -> communitiesOf(e.getKey(), streets.get(e.getKey()), e.getValue()))
			.toList()
			.forEach(result::putAll);
		return result;
	}

	private Map<String, Geometry> communitiesOf(String streetCode, Geometry street, List<String> codes) {
		Map<String, Geometry> result = new LinkedHashMap<>();
		if (street == null || street.isEmpty()) {
			return result;
		}
		Geometry region = projection.toMetres(street);
		List<Coordinate> samples = PowerPartition.samples(region, SAMPLES_PER_COMMUNITY * codes.size());
		List<Coordinate> sites = kMeansPlusPlusSeeds(samples, codes.size(), new Random(Long.parseLong(streetCode)));
		double[] equal = new double[codes.size()];
		Arrays.fill(equal, 1);
		List<Geometry> parts = new ArrayList<>(PowerPartition.split(region, sites, equal, true));
		parts.sort(readingOrder());
		List<String> sorted = codes.stream().sorted().toList();
		for (int i = 0; i < sorted.size(); i++) {
			result.put(sorted.get(i), projection.toDegrees(parts.get(i)));
		}
		return result;
	}

	/** Unit grids of every community given, with their codes: community code + 3-digit sequence (in parallel). */
	List<GridPlan> grids(Map<String, Geometry> communities) {
		return communities.entrySet()
			.stream()
			.toList()
			.parallelStream()
			.flatMap(e -> gridsOf(e.getKey(), e.getValue()).stream())
			.toList();
	}

	private List<GridPlan> gridsOf(String code, Geometry community) {
		List<GridPlan> grids = new ArrayList<>();
		for (GridLattice.Grid grid : GridLattice.cut(projection.toMetres(community))) {
			if (grid.sequence() > 999) {
				throw new IllegalStateException("community " + code + " needs more than 999 grids");
			}
			grids.add(new GridPlan(code + "%03d".formatted(grid.sequence()), code, grid.sequence(),
					projection.toDegrees(grid.geometry())));
		}
		return grids;
	}

	/** North → south in bands, west → east within a band, by each part's interior point. */
	private static Comparator<Geometry> readingOrder() {
		return Comparator.<Geometry>comparingLong(g -> (long) Math.floor(-g.getInteriorPoint().getY() / ROW_BAND))
			.thenComparingDouble(g -> g.getInteriorPoint().getX());
	}

	/** k-means++ seeding: well spread starting sites, reproducible through the given random source. */
	static List<Coordinate> kMeansPlusPlusSeeds(List<Coordinate> samples, int k, Random random) {
		List<Coordinate> seeds = new ArrayList<>(k);
		seeds.add(samples.get(random.nextInt(samples.size())));
		double[] distance = new double[samples.size()];
		Arrays.fill(distance, Double.POSITIVE_INFINITY);
		while (seeds.size() < k) {
			Coordinate last = seeds.get(seeds.size() - 1);
			double total = 0;
			for (int p = 0; p < samples.size(); p++) {
				double d = samples.get(p).distance(last);
				d *= d;
				distance[p] = Math.min(distance[p], d);
				total += distance[p];
			}
			double pick = random.nextDouble() * total;
			int chosen = 0;
			for (double sum = distance[0]; sum < pick && chosen < samples.size() - 1; sum += distance[++chosen]) {
				// walk the cumulative distribution up to the picked value
			}
			seeds.add(samples.get(chosen));
		}
		return seeds;
	}
}
