package org.zhili.urban.gridwork;

import org.junit.jupiter.api.Test;
import org.zhili.urban.internal.gridwork.GridCoverage;
import org.zhili.urban.internal.gridwork.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The month's rates as the coverage table prints them, and what counts as one of the 九小场所. */
class GridCoverageRowTest {

	@Test
	void ratesArePercentsWithOneDecimalAndAbsentWithoutADenominator() {
		GridCoverage.Row row = GridCoverage.Row.of("120104001001001", "第001网格", "GRID", new int[] { 1, 57, 38, 12, 9, 45, 2, 1 });
		assertThat(row.coverage()).isEqualTo(66.7);
		assertThat(row.onTimeRate()).isEqualTo(75.0);
		assertThat(row.visits()).isEqualTo(45);

		GridCoverage.Row empty = GridCoverage.Row.of("120104001001002", "第002网格", "GRID", new int[8]);
		assertThat(empty.coverage()).as("no ledger, no rate (not 0%)").isNull();
		assertThat(empty.onTimeRate()).isNull();
	}

	@Test
	void rentedRoomsAndShopsAreNotAmongTheNineSmallPlaces() {
		assertThat(PlaceKind.RENTED_ROOM.nineSmall()).isFalse();
		assertThat(PlaceKind.SHOP.nineSmall()).isFalse();
		assertThat(PlaceKind.values()).filteredOn(PlaceKind::nineSmall).hasSize(9);
	}
}
