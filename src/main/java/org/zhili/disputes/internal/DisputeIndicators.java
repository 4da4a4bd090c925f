package org.zhili.disputes.internal;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Indicator;

/** 调处成功率 as a live indicator, counted exactly as the dispute figures page counts the district's total. */
@Configuration(proxyBeanMethods = false)
class DisputeIndicators {

	@Bean
	Indicator mediationSuccessIndicator(DisputeStore store) {
		return new Indicator("disputes.mediation-success", "矛盾纠纷调处成功率", "%",
				"调处终结日期在期间内的纠纷中，调解成功的 ÷（成功 + 不成功 + 终止），撤回不计（与矛调统计页相同口径，街道按纠纷所在街道或受理的街道矛调中心）",
				Indicator.Grain.STREET,
				(from, to, area) -> Optional.ofNullable(DisputeFigures.line("ALL", "合计",
						store.concluded(ChinaTime.start(from).toInstant(), ChinaTime.start(to.plusDays(1)).toInstant(),
								new DisputeStore.Visibility(area.district(), area.street())))
					.successRate()));
	}
}
