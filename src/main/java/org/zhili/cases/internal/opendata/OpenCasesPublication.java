package org.zhili.cases.internal.opendata;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.opendata.OpenDataset;
import org.zhili.opendata.OpenDataset.Distribution;
import org.zhili.org.District;

/** The published cases in the open-data catalogue. */
@Configuration(proxyBeanMethods = false)
class OpenCasesPublication {

	@Bean
	OpenDataset openCasesDataset(District district, OpenCases cases) {
		OpenCasesProperties settings = cases.settings();
		return new OpenDataset("cases", "诉求工单（脱敏）",
				"近 " + settings.days() + " 天登记的诉求，新的在前（至多 " + settings.maxRows()
						+ " 件）：登记日期、渠道、类型、分类、街道、社区、网格及网格中心点、状态、是否解决。位置只取到网格；"
						+ "不含诉求内容、地址、诉求人和编号，举报等保密件不公开。",
				district.fullName(), List.of("接诉即办", "12345", "诉求", "网格"),
				List.of(Distribution.csv(OpenCasesPages.CSV, "诉求工单（CSV）"),
						Distribution.geoJson(OpenCasesPages.GEOJSON, "诉求工单，网格中心点（GeoJSON）")),
				cases::modified);
	}
}
