package org.zhili.insight.internal.topics;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;
import org.zhili.opendata.OpenDataset;
import org.zhili.opendata.OpenDataset.Distribution;
import org.zhili.org.District;

/** The public topics' JSON is read without signing in, and is a dataset of the catalogue. */
@Configuration(proxyBeanMethods = false)
class TopicPublication {

	@Bean
	PublicPaths publicTopicPaths() {
		return new PublicPaths(List.of("/api/v1/public/topics"), List.of());
	}

	@Bean
	OpenDataset publicTopicsDataset(District district) {
		return new OpenDataset("monthly-topics", "每月一题治理成效",
				"区领导选定的每月一题：问题、诉求类别、牵头单位、治理措施，以及与选题前对照期、与未选题的可比类别相比的诉求量、解决率、满意率变化。",
				district.fullName(), List.of("每月一题", "接诉即办", "治理类案", "政务公开"),
				List.of(Distribution.csv("/public/topics.csv", "每月一题治理成效（CSV）"),
						Distribution.json("/api/v1/public/topics", "每月一题治理成效（JSON）")),
				// measured when read: the effect moves with every month's cases
				() -> null);
	}
}
