package org.zhili.org.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On start: the org tree (when the database is new), the polygons (generated once when there are none)
 * and the locate index.
 */
@Component
class GeographyStartup implements SmartInitializingSingleton {

	private final OrgSeeder seeder;
	private final GeometryLayers layers;
	private final GeographyIndex index;

	GeographyStartup(OrgSeeder seeder, GeometryLayers layers, GeographyIndex index) {
		this.seeder = seeder;
		this.layers = layers;
		this.index = index;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seeder.seedIfEmpty();
		layers.initialiseIfEmpty();
		index.rebuild();
	}
}
