package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;

import static org.zhili.org.internal.LocalProjection.METRIC;
import static org.zhili.org.internal.LocalProjection.MILLIMETRES;

/**
 * Cuts a community into unit grids (万米单元网格, about 10,000 m² each, domain rules DU-6): a 100 m square
 * lattice, aligned across the whole district so grid lines continue from one community to the next, is
 * clipped to the community; pieces too small to patrol as a grid of their own are merged into the
 * neighbour they share most border with. Grids are then numbered west→east, north→south (DU-3): row by
 * row from the north, west to east within a row.
 */
final class GridLattice {

	/** Lattice spacing in metres: 100 m × 100 m = 10,000 m². */
	static final double SIDE = 100;
	/** Pieces smaller than this share of a full cell are merged into a neighbour. */
	static final double MIN_SHARE = 0.5;

	/** A grid of one community, in metres, with its 1-based sequence number. */
	record Grid(int sequence, Geometry geometry) {
	}

	/** One piece while merging: its geometry and the lattice cell it started from (for numbering). */
	private record Piece(Geometry geometry, int row, int column) {
	}

	private GridLattice() {
	}

	/** @param community a community in metres (lattice origin is the projection's origin) */
	static List<Grid> cut(Geometry community) {
		List<Piece> pieces = clip(community);
		mergeSmall(pieces);
		pieces.sort(Comparator.comparingInt(Piece::row).thenComparingInt(Piece::column));
		List<Grid> grids = new ArrayList<>(pieces.size());
		for (Piece piece : pieces) {
			grids.add(new Grid(grids.size() + 1, piece.geometry()));
		}
		return grids;
	}

	private static List<Piece> clip(Geometry community) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(community);
		Envelope env = community.getEnvelopeInternal();
		int firstColumn = (int) Math.floor(env.getMinX() / SIDE);
		int lastColumn = (int) Math.ceil(env.getMaxX() / SIDE);
		// Rows count downwards from the north, so that sorting by row runs north → south.
		int firstRow = (int) Math.floor(-env.getMaxY() / SIDE);
		int lastRow = (int) Math.ceil(-env.getMinY() / SIDE);
		List<Piece> pieces = new ArrayList<>();
		for (int row = firstRow; row < lastRow; row++) {
			for (int column = firstColumn; column < lastColumn; column++) {
				Envelope square = new Envelope(column * SIDE, (column + 1) * SIDE, -(row + 1) * SIDE, -row * SIDE);
				Geometry cell = METRIC.toGeometry(square);
				if (prepared.covers(cell)) {
					pieces.add(new Piece(cell, row, column));
				}
				else if (prepared.intersects(cell)) {
					Geometry clipped = OverlayNG.overlay(cell, community, OverlayNG.INTERSECTION, MILLIMETRES);
					for (Polygon part : Fragments.pieces(clipped)) {
						pieces.add(new Piece(part, row, column));
					}
				}
			}
		}
		return pieces;
	}

	/** Merges the smallest piece below the minimum into its best neighbour, until none is left. */
	private static void mergeSmall(List<Piece> pieces) {
		double minArea = SIDE * SIDE * MIN_SHARE;
		List<Piece> isolated = new ArrayList<>();
		while (pieces.size() > 1) {
			Piece small = pieces.stream()
				.filter(p -> p.geometry().getArea() < minArea)
				.min(Comparator.comparingDouble(p -> p.geometry().getArea()))
				.orElse(null);
			if (small == null) {
				break;
			}
			pieces.remove(small);
			List<Geometry> others = pieces.stream().map(Piece::geometry).toList();
			int neighbour = Fragments.bestNeighbour(small.geometry(), others, -1);
			if (neighbour < 0) {
				// A detached bit of the community touching no other grid: it stays a grid of its own.
				isolated.add(small);
				continue;
			}
			Piece into = pieces.get(neighbour);
			pieces.set(neighbour,
					new Piece(Fragments.union(into.geometry(), small.geometry()), into.row(), into.column()));
		}
		pieces.addAll(isolated);
	}
}
