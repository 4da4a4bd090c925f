package org.zhili.org.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhili.org.GeographyChanged;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;

/**
 * The current {@link LocateIndex}. Lookups read a volatile reference and never wait; a change of
 * geometry builds a complete new index after its transaction commits and swaps it in.
 */
@Component
class GeographyIndex implements Locator {

	private static final Logger log = LoggerFactory.getLogger(GeographyIndex.class);

	private final GeometryStore store;
	private volatile LocateIndex index = LocateIndex.empty();

	GeographyIndex(GeometryStore store) {
		this.store = store;
	}

	@Override
	public Optional<Location> locate(double lng, double lat) {
		return index.locate(lng, lat);
	}

	@Override
	public List<String> communitiesNear(double lng, double lat, double metres) {
		return index.communitiesNear(lng, lat, metres);
	}

	@Override
	public Optional<Extent> extent(String code) {
		return index.extent(code);
	}

	@TransactionalEventListener
	void on(GeographyChanged changed) {
		rebuild();
	}

	void rebuild() {
		long start = System.nanoTime();
		LocateIndex rebuilt = LocateIndex.of(store.activeTerritory());
		index = rebuilt;
		log.info("Locate index built: {} streets, {} communities, {} grids in {} ms", rebuilt.size(UnitLevel.STREET),
				rebuilt.size(UnitLevel.COMMUNITY), rebuilt.size(UnitLevel.GRID), (System.nanoTime() - start) / 1_000_000);
	}
}
