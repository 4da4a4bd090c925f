package org.zhili.org.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.zhili.org.Gcj02;

/** Converts whole geometries from GCJ-02 (Chinese map providers) to WGS84, vertex by vertex. */
final class Gcj02Geometries {

	private Gcj02Geometries() {
	}

	static Geometry toWgs84(Geometry gcj02) {
		Geometry copy = gcj02.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				Gcj02.LngLat wgs = Gcj02.toWgs84(seq.getX(i), seq.getY(i));
				seq.setOrdinate(i, CoordinateSequence.X, wgs.lng());
				seq.setOrdinate(i, CoordinateSequence.Y, wgs.lat());
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return copy;
	}
}
