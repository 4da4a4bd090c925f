package org.zhili.org.internal;

import java.util.List;
import java.util.Locale;

import org.zhili.org.UnitLevel;

/**
 * What an import of a polygon layer found: how many features were accepted and every rejection with
 * its reason. An import with any rejection writes nothing.
 *
 * @param level the layer imported
 * @param dryRun whether it was only checked
 * @param applied whether the layer was replaced
 * @param features features in the file
 * @param accepted features without any rejection
 * @param rejected every rejection, in feature order (a feature may be rejected for several reasons)
 * @param regenerated generated layers below that were (or would be) regenerated to nest in the new one
 */
record ImportReport(UnitLevel level, boolean dryRun, boolean applied, int features, int accepted,
		List<Rejection> rejected, List<UnitLevel> regenerated) {

	/** Why a feature (or, for a missing unit, the layer) was rejected. */
	enum Reason {
		/** Not a GeoJSON Feature with a geometry. */
		INVALID_FEATURE,
		/** Geometry neither Polygon nor MultiPolygon. */
		NOT_POLYGONAL,
		/** A position that is not a pair of finite longitude/latitude numbers. */
		INVALID_COORDINATES,
		/** A ring whose last position differs from its first. */
		UNCLOSED_RING,
		/** A ring or polygon crossing itself. */
		SELF_INTERSECTION,
		/** Any other invalid polygon (too few points, holes outside the shell, …). */
		INVALID_POLYGON,
		/** No {@code code} property. */
		MISSING_CODE,
		/** A code that cannot be one of this level. */
		INVALID_CODE,
		/** A well-formed code of no active unit of this level. */
		UNKNOWN_CODE,
		/** The same code twice in the layer. */
		DUPLICATE_CODE,
		/** The code does not start with the code of the parent that contains the polygon. */
		CODE_PARENT_MISMATCH,
		/** Not inside exactly one polygon of the layer above. */
		NOT_IN_ONE_PARENT,
		/** Overlaps another feature of the layer beyond the tolerance. */
		OVERLAP,
		/** Reaches outside the district beyond the tolerance. */
		OUTSIDE_DISTRICT,
		/** A property that is too long. */
		INVALID_PROPERTY,
		/** An active unit of the level that the layer leaves without a polygon. */
		MISSING_UNIT;

		/** The stable code programs see, e.g. {@code unclosed_ring}. */
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * @param feature the feature's 0-based position in {@code features}, or {@code null} for the layer
	 * @param code the feature's code, if it has one
	 * @param reason a stable reason code
	 * @param message what is wrong, in Chinese
	 */
	record Rejection(Integer feature, String code, String reason, String message) {

		static Rejection of(Integer feature, String code, Reason reason, String message) {
			return new Rejection(feature, code, reason.code(), message);
		}
	}
}
