package org.zhili.org;

/**
 * GCJ-02 ("Mars coordinates"), the datum Chinese map providers (AMap, Tencent, DataV) use by law. It is
 * WGS84 with a deliberate, position-dependent offset of a few hundred metres. zhili stores WGS84
 * everywhere and converts at the edge: {@link #toGcj02} is the published forward transform; the inverse
 * has no closed form, so {@link #toWgs84} inverts it by fixed-point iteration to well under a metre.
 * Points outside China's bounding box are not offset by the forward transform and are returned as
 * they are.
 */
public final class Gcj02 {

	/** A longitude/latitude pair in degrees. */
	public record LngLat(double lng, double lat) {
	}

	/** Semi-major axis and eccentricity² of the Krasovsky 1940 ellipsoid the transform is defined on. */
	private static final double A = 6378245.0;
	private static final double EE = 0.00669342162296594323;
	/** Stop iterating once the forward transform reproduces the input to ~1 mm. */
	private static final double INVERSE_PRECISION_DEGREES = 1e-8;
	private static final int INVERSE_MAX_ITERATIONS = 30;

	private Gcj02() {
	}

	/** Whether the transform applies here: the rough bounding box of China the transform itself uses. */
	public static boolean appliesTo(double lng, double lat) {
		return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
	}

	/** WGS84 → GCJ-02. */
	public static LngLat toGcj02(double lng, double lat) {
		if (!appliesTo(lng, lat)) {
			return new LngLat(lng, lat);
		}
		double x = lng - 105.0;
		double y = lat - 35.0;
		double dLat = offsetLat(x, y);
		double dLng = offsetLng(x, y);
		double radLat = Math.toRadians(lat);
		double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new LngLat(lng + dLng, lat + dLat);
	}

	/**
	 * GCJ-02 → WGS84: the point whose forward transform is the given one. The offset varies slowly, so
	 * subtracting the residual converges in a handful of steps.
	 */
	public static LngLat toWgs84(double lng, double lat) {
		if (!appliesTo(lng, lat)) {
			return new LngLat(lng, lat);
		}
		double wgsLng = lng;
		double wgsLat = lat;
		for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
			LngLat forward = toGcj02(wgsLng, wgsLat);
			double errLng = forward.lng() - lng;
			double errLat = forward.lat() - lat;
			wgsLng -= errLng;
			wgsLat -= errLat;
			if (Math.abs(errLng) < INVERSE_PRECISION_DEGREES && Math.abs(errLat) < INVERSE_PRECISION_DEGREES) {
				break;
			}
		}
		return new LngLat(wgsLng, wgsLat);
	}

	private static double offsetLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double offsetLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
