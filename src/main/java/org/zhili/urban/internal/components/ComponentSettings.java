package org.zhili.urban.internal.components;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * zhili.urban.components.*: the inventory's limits.
 *
 * @param maxImportRows how many rows one imported file may carry (default 100,000)
 * @param mapPoints how many components the map draws one by one in a box before it gathers them (default 4,000)
 */
@ConfigurationProperties("zhili.urban.components")
public record ComponentSettings(Integer maxImportRows, Integer mapPoints) {

	public ComponentSettings {
		maxImportRows = maxImportRows == null ? 100_000 : maxImportRows;
		mapPoints = mapPoints == null ? 4_000 : mapPoints;
	}
}
