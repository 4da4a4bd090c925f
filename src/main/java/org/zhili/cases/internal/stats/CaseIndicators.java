package org.zhili.cases.internal.stats;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.cases.CaseFigures;
import org.zhili.process.Indicator;

/** The 三率 as live indicators, counted exactly as the statistics page counts them (the district's total). */
@Configuration(proxyBeanMethods = false)
class CaseIndicators {

	@Bean
	Indicator resolutionIndicator(CaseFigures figures) {
		return new Indicator("cases.resolution", "12345 解决率", "%",
				"回访评价为“已解决”的件数 ÷ 期间内完成回访评价的件数（与三率统计页相同口径，全区合计）",
				Indicator.Grain.DISTRICT, (from, to, area) -> Optional.ofNullable(figures.district(from, to).resolution()));
	}

	@Bean
	Indicator satisfactionIndicator(CaseFigures figures) {
		return new Indicator("cases.satisfaction", "12345 满意率", "%",
				"回访评价为“满意”或“基本满意”的件数 ÷ 期间内完成回访评价的件数（与三率统计页相同口径，全区合计）",
				Indicator.Grain.DISTRICT, (from, to, area) -> Optional.ofNullable(figures.district(from, to).satisfaction()));
	}

	@Bean
	Indicator responseIndicator(CaseFigures figures) {
		return new Indicator("cases.response", "12345 响应率", "%",
				"按时签收的件数 ÷ 期间内派单的件数（与三率统计页相同口径，全区合计）",
				Indicator.Grain.DISTRICT, (from, to, area) -> Optional.ofNullable(figures.district(from, to).response()));
	}
}
