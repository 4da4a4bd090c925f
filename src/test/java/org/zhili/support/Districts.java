package org.zhili.support;

import org.zhili.org.District;

/** The districts tests use without a running application. */
public final class Districts {

	/** The demo district, as application.yml configures it. */
	public static final District NANKAI = new District("南开区", "南开", "Nankai District", "120104", "天津市", "022",
			new District.Seed("classpath:seed/org/nankai_streets.csv", "classpath:seed/org/nankai_streets_communities.csv",
					"classpath:seed/org/departments.csv", "classpath:seed/org/nankai_boundary.geojson",
					"classpath:seed/org/street_anchors.csv"));

	private Districts() {
	}
}
