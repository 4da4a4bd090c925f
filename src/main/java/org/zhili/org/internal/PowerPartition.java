package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;

import static org.zhili.org.internal.LocalProjection.METRIC;
import static org.zhili.org.internal.LocalProjection.MILLIMETRES;

/**
 * Splits a region (in metres) into contiguous parts of prescribed shares around given sites: a
 * capacity-constrained power diagram (weighted Voronoi diagram). JTS builds plain Voronoi diagrams, whose
 * cell sizes cannot be chosen; a power diagram gives each site a weight {@code w} and assigns a point to
 * the site minimising {@code |p - s|² - w}, so raising a weight grows that cell while its borders stay
 * straight lines. The weights (and, for compact cells, the sites: Lloyd relaxation) are fitted on a
 * lattice of sample points, then each cell is built as an intersection of half-planes with JTS and
 * clipped to the region. Finally detached fragments are given to the neighbour they share most border
 * with, so that every part is one polygon.
 */
final class PowerPartition {

	/** Sample points the weights are fitted on; enough for sub-percent share accuracy. */
	private static final int SAMPLES_PER_SITE = 400;
	private static final int MIN_SAMPLES = 4000;
	private static final int ITERATIONS = 300;
	/** Relax the sites towards their cells' centroids every this many iterations (when asked to). */
	private static final int RELAX_EVERY = 10;
	/** Fraction of the area error turned into weight per iteration: stable for cells of any size. */
	private static final double GAIN = 0.25;

	private PowerPartition() {
	}

	/**
	 * @param region the area to split, in metres (Polygon or MultiPolygon)
	 * @param sites one starting point per part
	 * @param shares each part's share of the area (any positive numbers; normalised)
	 * @param relax whether sites may move to make parts compact (otherwise they stay where they are)
	 * @return one geometry per site, in site order, together tiling {@code region}
	 */
	static List<Geometry> split(Geometry region, List<Coordinate> sites, double[] shares, boolean relax) {
		int n = sites.size();
		if (n == 1) {
			return List.of(region);
		}
		List<Coordinate> samples = samples(region, Math.max(MIN_SAMPLES, SAMPLES_PER_SITE * n));
		// Plain arrays: the fitting loop below is most of the demo geometry's time, and reads them 300 times over.
		double[] px = samples.stream().mapToDouble(c -> c.x).toArray();
		double[] py = samples.stream().mapToDouble(c -> c.y).toArray();
		double[] sx = sites.stream().mapToDouble(c -> c.x).toArray();
		double[] sy = sites.stream().mapToDouble(c -> c.y).toArray();
		double[] targets = targets(shares, samples.size());
		double sampleArea = region.getArea() / samples.size();
		double[] weights = new double[n];
		int[] owner = new int[samples.size()];
		for (int iteration = 1; iteration <= ITERATIONS; iteration++) {
			int[] counts = assign(px, py, sx, sy, weights, owner);
			for (int i = 0; i < n; i++) {
				weights[i] += GAIN * (targets[i] - counts[i]) * sampleArea;
			}
			if (relax && iteration % RELAX_EVERY == 0 && iteration < ITERATIONS * 2 / 3) {
				moveToCentroids(px, py, owner, sx, sy);
			}
		}
		Coordinate[] s = new Coordinate[n];
		for (int i = 0; i < n; i++) {
			s[i] = new Coordinate(sx[i], sy[i]);
		}
		List<Geometry> cells = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			cells.add(OverlayNG.overlay(cell(i, s, weights, region.getEnvelopeInternal()), region,
					OverlayNG.INTERSECTION, MILLIMETRES));
		}
		return Fragments.joinToNeighbours(cells);
	}

	/** Points of a square lattice inside the region, about {@code count} of them. */
	static List<Coordinate> samples(Geometry region, int count) {
		Envelope env = region.getEnvelopeInternal();
		double step = Math.sqrt(region.getArea() / count);
		IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(region);
		List<Coordinate> points = new ArrayList<>();
		for (double y = env.getMinY() + step / 2; y < env.getMaxY(); y += step) {
			for (double x = env.getMinX() + step / 2; x < env.getMaxX(); x += step) {
				Coordinate c = new Coordinate(x, y);
				if (inside.locate(c) == Location.INTERIOR) {
					points.add(c);
				}
			}
		}
		return points;
	}

	private static double[] targets(double[] shares, int samples) {
		double total = 0;
		for (double share : shares) {
			total += share;
		}
		double[] targets = new double[shares.length];
		for (int i = 0; i < shares.length; i++) {
			targets[i] = shares[i] / total * samples;
		}
		return targets;
	}

	private static int[] assign(double[] px, double[] py, double[] sx, double[] sy, double[] weights, int[] owner) {
		int[] counts = new int[sx.length];
		for (int p = 0; p < px.length; p++) {
			double x = px[p];
			double y = py[p];
			int best = 0;
			double bestPower = Double.POSITIVE_INFINITY;
			for (int i = 0; i < sx.length; i++) {
				double dx = x - sx[i];
				double dy = y - sy[i];
				double power = dx * dx + dy * dy - weights[i];
				if (power < bestPower) {
					bestPower = power;
					best = i;
				}
			}
			owner[p] = best;
			counts[best]++;
		}
		return counts;
	}

	private static void moveToCentroids(double[] px, double[] py, int[] owner, double[] sx, double[] sy) {
		double[] sumX = new double[sx.length];
		double[] sumY = new double[sx.length];
		int[] counts = new int[sx.length];
		for (int p = 0; p < px.length; p++) {
			sumX[owner[p]] += px[p];
			sumY[owner[p]] += py[p];
			counts[owner[p]]++;
		}
		for (int i = 0; i < sx.length; i++) {
			if (counts[i] > 0) {
				sx[i] = sumX[i] / counts[i];
				sy[i] = sumY[i] / counts[i];
			}
		}
	}

	/** The power cell of site {@code i}: the envelope cut by one half-plane per other site. */
	private static Geometry cell(int i, Coordinate[] sites, double[] weights, Envelope envelope) {
		Envelope box = new Envelope(envelope);
		box.expandBy(Math.max(box.getWidth(), box.getHeight()));
		Geometry cell = METRIC.toGeometry(box);
		double reach = 4 * Math.max(box.getWidth(), box.getHeight());
		for (int j = 0; j < sites.length; j++) {
			if (j != i && !cell.isEmpty()) {
				cell = OverlayNG.overlay(cell, halfPlane(sites[i], weights[i], sites[j], weights[j], reach),
						OverlayNG.INTERSECTION, MILLIMETRES);
			}
		}
		return cell;
	}

	/**
	 * Points closer (in power distance) to site a than to site b: {@code x·n <= c} with {@code n = b - a}
	 * and {@code c = (|b|² - |a|² + wa - wb) / 2}, drawn as a large rectangle on that side of the border.
	 */
	private static Polygon halfPlane(Coordinate a, double wa, Coordinate b, double wb, double reach) {
		double nx = b.x - a.x;
		double ny = b.y - a.y;
		double length = Math.hypot(nx, ny);
		double c = ((b.x * b.x + b.y * b.y) - (a.x * a.x + a.y * a.y) + wa - wb) / 2;
		double ux = nx / length;
		double uy = ny / length;
		// A point on the border, the border's direction, and the inward normal (towards a).
		double px = ux * c / length;
		double py = uy * c / length;
		reach += Math.hypot(px, py);
		double dx = -uy * reach;
		double dy = ux * reach;
		double ix = -ux * 2 * reach;
		double iy = -uy * 2 * reach;
		Coordinate[] ring = { new Coordinate(px + dx, py + dy), new Coordinate(px - dx, py - dy),
				new Coordinate(px - dx + ix, py - dy + iy), new Coordinate(px + dx + ix, py + dy + iy),
				new Coordinate(px + dx, py + dy) };
		return METRIC.createPolygon(ring);
	}
}
