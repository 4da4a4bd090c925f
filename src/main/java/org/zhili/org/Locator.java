package org.zhili.org;

import java.util.Optional;

/**
 * Finds the grid, community and street of a WGS84 point, in memory. This is the whole district's
 * geography, without a data scope: callers acting for a person apply that person's scope themselves.
 */
public interface Locator {

	/** @return where the point lies, or empty when it is outside the district */
	Optional<Location> locate(double lng, double lat);
}
