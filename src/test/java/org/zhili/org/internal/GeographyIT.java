package org.zhili.org.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class GeographyIT {

	@Autowired
	Locator locator;

	@Autowired
	GeometryLayers layers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstStartGeneratesEveryLayerOnce() {
		assertThat(layers.sources()).containsEntry(UnitLevel.DISTRICT, GeometrySource.IMPORTED)
			.containsEntry(UnitLevel.STREET, GeometrySource.GENERATED)
			.containsEntry(UnitLevel.COMMUNITY, GeometrySource.GENERATED)
			.containsEntry(UnitLevel.GRID, GeometrySource.GENERATED);
		long grids = jdbc.sql("select count(*) from org.unit where level = 'GRID' and active").query(Long.class).single();
		assertThat(grids).isBetween(3500L, 5000L);
	}

	@Test
	void aPointInTheDistrictIsLocatedDownToItsGrid() {
		Location location = locator.locate(117.165, 39.10).orElseThrow();

		assertThat(location.grid().code()).hasSize(15).startsWith(location.community().code());
		assertThat(location.community().code()).startsWith(location.street().code().substring(0, 9));
		assertThat(locator.locate(117.30, 39.10)).isEmpty();
	}

	@Test
	void theCommunitiesNearAPointIncludeItsOwnAndGrowWithTheDistance() {
		Location location = locator.locate(117.165, 39.10).orElseThrow();

		assertThat(locator.communitiesNear(117.165, 39.10, 0)).containsExactly(location.community().code());
		assertThat(locator.communitiesNear(117.165, 39.10, 1500)).contains(location.community().code())
			.hasSizeGreaterThan(1)
			.containsAll(locator.communitiesNear(117.165, 39.10, 500));
		assertThat(locator.communitiesNear(117.50, 39.10, 500)).isEmpty();
	}
}
