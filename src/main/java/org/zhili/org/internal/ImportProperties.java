package org.zhili.org.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tolerances of boundary imports (zhili.org.import.*). Real layers are drawn by hand and disagree by
 * slivers; these say how much disagreement still counts as "inside" and "not overlapping".
 *
 * @param overlapTolerance share of the smaller of two features they may overlap by (0.01 = 1 %)
 * @param containmentTolerance share of a feature that may lie outside its parent or the district
 * @param maxFeatures most features one file may hold
 */
@ConfigurationProperties("zhili.org.import")
record ImportProperties(@DefaultValue("0.01") double overlapTolerance, @DefaultValue("0.01") double containmentTolerance,
		@DefaultValue("20000") int maxFeatures) {
}
