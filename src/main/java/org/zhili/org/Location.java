package org.zhili.org;

/**
 * Where a point lies in the org tree. Lower levels are {@code null} where no polygon covers the point
 * (e.g. a gap between imported grids); the ones present always nest.
 *
 * @param district the district
 * @param street the street (街道), or {@code null}
 * @param community the community (社区), or {@code null}
 * @param grid the unit grid (网格), or {@code null}
 */
public record Location(Place district, Place street, Place community, Place grid) {

	/** A unit found at the point: its code and name. */
	public record Place(String code, String name) {
	}

	/** The materialised path of the smallest unit found, e.g. {@code /<district>/<street>/<community>/}. */
	public String path() {
		StringBuilder path = new StringBuilder("/");
		for (Place place : new Place[] { district, street, community, grid }) {
			if (place != null) {
				path.append(place.code()).append('/');
			}
		}
		return path.toString();
	}

	/** The smallest unit found. */
	public Place deepest() {
		return grid != null ? grid : community != null ? community : street != null ? street : district;
	}
}
