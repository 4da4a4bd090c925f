package org.zhili.org.internal;

import org.springframework.stereotype.Component;
import org.zhili.org.Boundaries;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/** The district and street outlines for public maps: the whole district, nothing below the streets. */
@Component
class PublishedBoundaries implements Boundaries {

	private final GeoJsonLayers layers;
	private final OrgUnits units;

	PublishedBoundaries(GeoJsonLayers layers, OrgUnits units) {
		this.layers = layers;
		this.units = units;
	}

	@Override
	public String featureCollection(UnitLevel level) {
		if (level != UnitLevel.DISTRICT && level != UnitLevel.STREET) {
			throw new IllegalArgumentException("only the district and its streets are published: " + level);
		}
		return layers.featureCollection(units.district().scope(), level, null, null);
	}
}
