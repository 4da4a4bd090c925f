package org.zhili.inspection.internal.hazards;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.inspection.Rectifications.Severity;

/**
 * 隐患排查整治 as data ({@code zhili.inspection.hazards}).
 *
 * @param kinds what campaigns are about (电动自行车充电, 燃气, 消防通道…): a campaign names one
 * @param rectifyWithinDays the deadline a hazard not fixed on the spot gets, in working days, by severity (a team
 * may set another date)
 * @param maxSites most sites one campaign targets
 * @param maxChecklist most checklist items of one campaign
 */
@ConfigurationProperties("zhili.inspection.hazards")
public record HazardRules(List<String> kinds, Map<Severity, Integer> rectifyWithinDays, int maxSites, int maxChecklist) {

	public HazardRules {
		if (kinds == null || kinds.isEmpty()) {
			throw new IllegalArgumentException("zhili.inspection.hazards.kinds must name the kinds of campaign");
		}
		if (rectifyWithinDays == null || !rectifyWithinDays.keySet().containsAll(EnumSet.allOf(Severity.class))
				|| rectifyWithinDays.values().stream().anyMatch(d -> d < 1)) {
			throw new IllegalArgumentException("zhili.inspection.hazards.rectify-within-days needs GENERAL and MAJOR, at least 1");
		}
		if (maxSites < 1 || maxChecklist < 1) {
			throw new IllegalArgumentException("zhili.inspection.hazards: max-sites and max-checklist must be positive");
		}
		kinds = List.copyOf(kinds);
	}
}
