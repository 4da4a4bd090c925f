package org.zhili.org.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GridLatticeTest {

	@Test
	void aLatticeAlignedBlockIsNumberedRowByRowFromTheNorthWestToEast() {
		// 300 m wide, 200 m high: two rows of three.
		Geometry block = LocalProjection.METRIC.toGeometry(new Envelope(0, 300, 0, 200));

		List<GridLattice.Grid> grids = GridLattice.cut(block);

		assertThat(grids).extracting(GridLattice.Grid::sequence).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(grids).allSatisfy(g -> assertThat(g.geometry().getArea()).isCloseTo(10_000, within(0.01)));
		assertThat(centre(grids.get(0))).containsExactly(50.0, 150.0);
		assertThat(centre(grids.get(1))).containsExactly(150.0, 150.0);
		assertThat(centre(grids.get(2))).containsExactly(250.0, 150.0);
		assertThat(centre(grids.get(3))).containsExactly(50.0, 50.0);
		assertThat(centre(grids.get(5))).containsExactly(250.0, 50.0);
	}

	@Test
	void sliversAreMergedIntoANeighbourSoNoGridIsBelowHalfACell() throws Exception {
		// 320 m × 210 m: the 20 m and 10 m strips along the east and north edges are slivers.
		Geometry block = LocalProjection.METRIC.toGeometry(new Envelope(0, 320, 0, 210));

		List<GridLattice.Grid> grids = GridLattice.cut(block);

		assertThat(grids).hasSize(6);
		assertThat(grids).allSatisfy(g -> assertThat(g.geometry().getArea()).isGreaterThanOrEqualTo(10_000));
		assertThat(grids.stream().mapToDouble(g -> g.geometry().getArea()).sum()).isCloseTo(320 * 210, within(0.01));
	}

	@Test
	void aGridNeverLeavesItsCommunity() throws Exception {
		Geometry triangle = new WKTReader(LocalProjection.METRIC).read("POLYGON ((-130 -40, 470 -40, 170 520, -130 -40))");

		List<GridLattice.Grid> grids = GridLattice.cut(triangle);

		assertThat(grids).allSatisfy(g -> assertThat(g.geometry().difference(triangle).getArea()).isLessThan(0.1));
		assertThat(grids.stream().mapToDouble(g -> g.geometry().getArea()).sum())
			.isCloseTo(triangle.getArea(), within(1.0));
		assertThat(grids).allSatisfy(g -> assertThat(g.geometry().getArea()).isGreaterThanOrEqualTo(5_000));
	}

	private static double[] centre(GridLattice.Grid grid) {
		return new double[] { grid.geometry().getCentroid().getX(), grid.geometry().getCentroid().getY() };
	}
}
