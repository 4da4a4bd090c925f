package org.zhili.portal.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.opendata.OpenDataset;
import org.zhili.opendata.OpenDataset.Distribution;
import org.zhili.org.District;

/** The portal's public figures and the street outlines, as datasets of the open-data catalogue; both are live. */
@Configuration(proxyBeanMethods = false)
class PortalDatasets {

	@Bean
	OpenDataset threeRatesDataset(District district) {
		return new OpenDataset("monthly-three-rates", "各街道本月诉求办理与三率",
				"本月各街道受理、派遣、办结件数和响应率、解决率、满意率，以及全区合计；与政府端统计使用同一计数和口径，实时更新。",
				district.fullName(), List.of("接诉即办", "12345", "三率", "街道"),
				List.of(Distribution.csv("/public/figures.csv", "各街道本月数据（CSV）"),
						Distribution.json("/public/figures.json", "本月数据，含热点分类和企业诉求（JSON）")),
				() -> null);
	}

	@Bean
	OpenDataset streetBoundariesDataset(District district) {
		return new OpenDataset("street-boundaries", "街道边界", "各街道的边界（WGS84 经纬度）。", district.fullName(),
				List.of("街道", "边界", "地理"),
				List.of(Distribution.geoJson("/public/boundaries/streets.geojson", "街道边界（GeoJSON）")), () -> null);
	}
}
