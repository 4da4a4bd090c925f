package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;

import static org.zhili.org.internal.LocalProjection.METRIC;
import static org.zhili.org.internal.LocalProjection.MILLIMETRES;

/**
 * Keeps generated parts in one piece. Clipping straight-edged cells to a ragged district outline leaves
 * detached fragments; each goes to the neighbouring part it shares the longest border with.
 */
final class Fragments {

	/** Width of the band used to measure how much border two parts share (in metres). */
	static final double CONTACT_BAND = 0.5;

	private Fragments() {
	}

	/**
	 * @param parts geometries (in metres) that tile a region, some of them in several pieces
	 * @return the same parts, each reduced to its largest piece plus whatever fragments of others touch it
	 */
	static List<Geometry> joinToNeighbours(List<Geometry> parts) {
		List<Geometry> result = new ArrayList<>(parts);
		for (int pass = 0; pass < 3; pass++) {
			boolean moved = false;
			for (int i = 0; i < result.size(); i++) {
				List<Polygon> pieces = pieces(result.get(i));
				if (pieces.size() <= 1) {
					continue;
				}
				List<Polygon> kept = new ArrayList<>(List.of(pieces.get(0)));
				for (Polygon fragment : pieces.subList(1, pieces.size())) {
					int neighbour = bestNeighbour(fragment, result, i);
					if (neighbour < 0) {
						kept.add(fragment);
					}
					else {
						result.set(neighbour, union(result.get(neighbour), fragment));
						moved = true;
					}
				}
				result.set(i, METRIC.buildGeometry(kept));
			}
			if (!moved) {
				break;
			}
		}
		return result;
	}

	/** The polygons of a geometry, largest first. */
	static List<Polygon> pieces(Geometry geometry) {
		List<Polygon> polygons = new ArrayList<>();
		for (Object p : PolygonExtracter.getPolygons(geometry)) {
			polygons.add((Polygon) p);
		}
		polygons.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
		return polygons;
	}

	/** The other part that shares most border with {@code piece}, or -1 when none touches it. */
	static int bestNeighbour(Geometry piece, List<Geometry> parts, int self) {
		Geometry band = piece.buffer(CONTACT_BAND);
		int best = -1;
		double bestContact = 0;
		for (int j = 0; j < parts.size(); j++) {
			Geometry other = parts.get(j);
			if (j == self || other.isEmpty() || !band.getEnvelopeInternal().intersects(other.getEnvelopeInternal())) {
				continue;
			}
			double contact = OverlayNG.overlay(band, other, OverlayNG.INTERSECTION, MILLIMETRES).getArea();
			if (contact > bestContact) {
				bestContact = contact;
				best = j;
			}
		}
		return best;
	}

	static Geometry union(Geometry a, Geometry b) {
		return OverlayNG.overlay(a, b, OverlayNG.UNION, MILLIMETRES);
	}
}
