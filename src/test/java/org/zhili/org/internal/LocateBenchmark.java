package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
import org.zhili.org.Location;
import org.zhili.org.UnitLevel;

/**
 * Point → grid lookups per second on one thread, over the generated geometry of 南开区 (about 4,000
 * grids), without Spring or a database. Run with
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=LocateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LocateBenchmark {

	private static final int POINTS = 65_536;

	private LocateIndex index;
	private double[] lng;
	private double[] lat;
	private int next;

	@Setup
	public void buildIndex() {
		DemoLayers demo = DemoLayers.generated();
		Geometry district = demo.district();
		List<GeometryStore.UnitGeometry> units = new ArrayList<>();
		units.add(unit("120104", UnitLevel.DISTRICT, null, district));
		demo.streets().forEach((code, g) -> units.add(unit(code, UnitLevel.STREET, "120104", g)));
		demo.communities().forEach((code, g) -> units.add(unit(code, UnitLevel.COMMUNITY, code.substring(0, 9) + "000", g)));
		demo.grids().forEach(g -> units.add(unit(g.code(), UnitLevel.GRID, g.communityCode(), g.geometry())));
		index = LocateIndex.of(units);
		// Random points inside the district (points outside would be answered by one cheap test).
		Envelope env = district.getEnvelopeInternal();
		Random random = new Random(20260101);
		lng = new double[POINTS];
		lat = new double[POINTS];
		for (int i = 0; i < POINTS;) {
			lng[i] = env.getMinX() + random.nextDouble() * env.getWidth();
			lat[i] = env.getMinY() + random.nextDouble() * env.getHeight();
			if (index.locate(lng[i], lat[i]).isPresent()) {
				i++;
			}
		}
	}

	@Benchmark
	public Optional<Location> locate() {
		int i = next++ & (POINTS - 1);
		return index.locate(lng[i], lat[i]);
	}

	private static GeometryStore.UnitGeometry unit(String code, UnitLevel level, String parent, Geometry geometry) {
		return new GeometryStore.UnitGeometry(code, code, level, parent, geometry, GeometrySource.GENERATED);
	}
}
