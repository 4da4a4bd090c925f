package org.zhili.org.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On start, once the org tree exists (the seeder runs before any bean that takes it): the polygons,
 * generated once when there are none, and the locate index.
 */
@Component
class GeographyStartup implements SmartInitializingSingleton {

	private final GeometryLayers layers;
	private final GeographyIndex index;

	/** Takes the seeder so that the org tree is loaded before the polygons are. */
	GeographyStartup(OrgSeeder seeder, GeometryLayers layers, GeographyIndex index) {
		this.layers = layers;
		this.index = index;
	}

	@Override
	public void afterSingletonsInstantiated() {
		layers.initialiseIfEmpty();
		index.rebuild();
	}
}
