package org.zhili.urban.internal.components;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.internal.DemoLocators;

/**
 * What a 监督员's report at a point costs: point → grid ({@link Locator}) and the components within 30 m of it
 * ({@link ComponentIndex}), per second on one thread, over a demo-size inventory of 25,000 components laid along a
 * street network in the generated 南开区 (like the demo's), without Spring or a database. Run with
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ComponentLookupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ComponentLookupBenchmark {

	private static final int COMPONENTS = 25_000;
	private static final int POINTS = 65_536;
	private static final String[] CLASSES = { "0101", "0102", "0103", "0104", "0106", "0110", "0110", "0110", "0303",
			"0303", "0402", "0402", "0402", "0205", "0203" };

	private Locator locator;
	private ComponentIndex index;
	private double[] lng;
	private double[] lat;
	private int next;

	@Setup
	public void build() {
		locator = DemoLocators.nankai();
		Random random = new Random(2026);
		double centreLng = 117.145, centreLat = 39.106;
		double mx = 111_320 * Math.cos(Math.toRadians(centreLat)), my = 110_574;
		double turn = Math.toRadians(14);
		List<ComponentStore.Spot> spots = new ArrayList<>(COMPONENTS);
		while (spots.size() < COMPONENTS) {
			// Along a road of one of two families 280 m apart, a few metres to either side.
			double road = -8_000 + 280 * random.nextInt(57);
			double along = -8_000 + random.nextDouble() * 16_000;
			double offset = (random.nextDouble() - 0.5) * 20;
			boolean eastWest = random.nextBoolean();
			double u = eastWest ? along : road + offset;
			double v = eastWest ? road + offset : along;
			double x = u * Math.cos(turn) - v * Math.sin(turn);
			double y = u * Math.sin(turn) + v * Math.cos(turn);
			double pLng = centreLng + x / mx, pLat = centreLat + y / my;
			if (locator.locate(pLng, pLat).isPresent()) {
				spots.add(new ComponentStore.Spot("%016d".formatted(spots.size()), CLASSES[random.nextInt(CLASSES.length)],
						"x", Component.State.INTACT, pLng, pLat));
			}
		}
		index = ComponentIndex.of(spots);
		// Reports come from where the components are: a component's point moved up to 20 m.
		lng = new double[POINTS];
		lat = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			ComponentStore.Spot s = spots.get(random.nextInt(spots.size()));
			lng[i] = s.lng() + (random.nextDouble() - 0.5) * 40 / mx;
			lat[i] = s.lat() + (random.nextDouble() - 0.5) * 40 / my;
		}
		System.out.println("Inventory: " + index.size() + " components; mean found within 30 m: " + meanFound());
	}

	private double meanFound() {
		long found = 0;
		for (int i = 0; i < 1000; i++) {
			found += index.near(lng[i], lat[i], 30, null, 10).size();
		}
		return found / 1000.0;
	}

	@Benchmark
	public void locateAndFindNearest(Blackhole hole) {
		int i = next++ & (POINTS - 1);
		Optional<Location> where = locator.locate(lng[i], lat[i]);
		hole.consume(where);
		hole.consume(index.near(lng[i], lat[i], 30, null, 10));
	}

	@Benchmark
	public List<ComponentIndex.Nearby> findNearestOnly() {
		int i = next++ & (POINTS - 1);
		return index.near(lng[i], lat[i], 30, null, 10);
	}
}
