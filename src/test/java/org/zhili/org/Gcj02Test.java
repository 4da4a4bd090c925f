package org.zhili.org;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.zhili.org.Gcj02.LngLat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Gcj02Test {

	@Test
	void forwardTransformMatchesPublishedValues() {
		// Reference value of the widely used open-source implementation coordtransform and its ports.
		LngLat beijing = Gcj02.toGcj02(116.404, 39.915);

		assertThat(beijing.lng()).isCloseTo(116.41024449916938, within(1e-9));
		assertThat(beijing.lat()).isCloseTo(39.91640428150164, within(1e-9));
	}

	@Test
	void inTianjinTheOffsetIsAFewHundredMetresToTheNorthEast() {
		LngLat wgs = new LngLat(117.15, 39.11);
		LngLat gcj = Gcj02.toGcj02(wgs.lng(), wgs.lat());

		assertThat(gcj.lng()).isGreaterThan(wgs.lng());
		assertThat(gcj.lat()).isGreaterThan(wgs.lat());
		assertThat(metres(wgs, gcj)).isBetween(300.0, 700.0);
	}

	@Test
	void pointsOutsideChinaAreReturnedUnchanged() {
		assertThat(Gcj02.toGcj02(2.35, 48.85)).isEqualTo(new LngLat(2.35, 48.85));
		assertThat(Gcj02.toWgs84(-74.0, 40.7)).isEqualTo(new LngLat(-74.0, 40.7));
		assertThat(Gcj02.appliesTo(117.15, 39.11)).isTrue();
	}

	@Property(tries = 500)
	void theInverseUndoesTheForwardTransformToWellUnderAMetre(
			@ForAll @DoubleRange(min = 73.0, max = 135.0) double lng,
			@ForAll @DoubleRange(min = 18.0, max = 53.0) double lat) {
		LngLat gcj = Gcj02.toGcj02(lng, lat);
		LngLat back = Gcj02.toWgs84(gcj.lng(), gcj.lat());

		assertThat(metres(back, new LngLat(lng, lat))).isLessThan(0.01);
		LngLat again = Gcj02.toGcj02(back.lng(), back.lat());
		assertThat(metres(again, gcj)).isLessThan(0.01);
	}

	/** Equirectangular distance, plenty accurate over a few hundred metres. */
	static double metres(LngLat a, LngLat b) {
		double dx = (a.lng() - b.lng()) * Math.cos(Math.toRadians(a.lat())) * 111_320;
		double dy = (a.lat() - b.lat()) * 110_574;
		return Math.hypot(dx, dy);
	}
}
