package org.zhili.org;

import java.util.List;
import java.util.Optional;

/**
 * Finds the grid, community and street of a WGS84 point, in memory. This is the whole district's
 * geography, without a data scope: callers acting for a person apply that person's scope themselves.
 */
public interface Locator {

	/** @return where the point lies, or empty when it is outside the district */
	Optional<Location> locate(double lng, double lat);

	/**
	 * The codes of the communities whose area comes within {@code metres} of the point (the one it lies in
	 * among them); empty outside the district's communities. Generous by a little: a caller that needs the
	 * exact distance measures it itself.
	 */
	List<String> communitiesNear(double lng, double lat, double metres);

	/** The bounding box of a street's, community's or grid's area; empty when the unit has no polygon. */
	Optional<Extent> extent(String code);

	/** A bounding box in WGS84 degrees. */
	record Extent(double minLng, double minLat, double maxLng, double maxLat) {
	}
}
