package org.zhili.org.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * A flat metric plane around the district, for areas, lattices and partitions: an equirectangular
 * projection centred on the district. Over the ~10 km of Nankai its scale error stays below 0.1 %, far
 * below what "about 10,000 m²" needs, and being affine it is exactly invertible. Storage stays WGS84.
 */
final class LocalProjection {

	/** Metric work is snap-rounded to millimetres so that overlays stay robust and shared edges coincide. */
	static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);
	static final GeometryFactory METRIC = new GeometryFactory(MILLIMETRES);
	/** WGS84 longitude/latitude, full double precision. */
	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	/** IUGG mean Earth radius. */
	private static final double EARTH_RADIUS = 6_371_008.8;

	private final Coordinate origin;
	private final AffineTransformation toMetres;
	private final AffineTransformation toDegrees;

	private LocalProjection(Coordinate origin) {
		this.origin = origin;
		double metresPerDegreeLat = Math.toRadians(EARTH_RADIUS);
		double metresPerDegreeLng = metresPerDegreeLat * Math.cos(Math.toRadians(origin.y));
		this.toMetres = AffineTransformation.translationInstance(-origin.x, -origin.y)
			.scale(metresPerDegreeLng, metresPerDegreeLat);
		try {
			this.toDegrees = toMetres.getInverse();
		}
		catch (org.locationtech.jts.geom.util.NoninvertibleTransformationException e) {
			throw new IllegalStateException("a scaling by non-zero factors is invertible", e);
		}
	}

	/** The projection centred on the middle of a WGS84 envelope (the district's). */
	static LocalProjection around(Envelope wgs) {
		return new LocalProjection(wgs.centre());
	}

	Coordinate origin() {
		return origin.copy();
	}

	/** A WGS84 geometry in metres, snapped to millimetres. */
	Geometry toMetres(Geometry wgs) {
		Geometry projected = METRIC.createGeometry(toMetres.transform(wgs));
		return GeometryPrecisionReducer.reduce(projected, MILLIMETRES);
	}

	Coordinate toMetres(double lng, double lat) {
		Coordinate c = new Coordinate(lng, lat);
		toMetres.transform(c, c);
		return c;
	}

	/** A metric geometry back in WGS84. */
	Geometry toDegrees(Geometry metric) {
		return WGS84.createGeometry(toDegrees.transform(metric));
	}

	/** Area of a WGS84 geometry in m². */
	double areaM2(Geometry wgs) {
		return toMetres.transform(wgs).getArea();
	}
}
