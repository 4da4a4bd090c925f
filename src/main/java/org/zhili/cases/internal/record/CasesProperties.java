package org.zhili.cases.internal.record;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.Urgency;

/**
 * 接诉即办 rules that are configuration, not code (zhili.cases.*). Defaults follow the Tianjin 实施细则
 * (acceptance: 15 min / 30 min / 1 working day) and the Beijing feedback tiers (2 h / 24 h / 7 / 15 working
 * days); see domain rules HL-11, HL-15, HL-16. Categories may override the limits (page 分类与时限).
 *
 * @param limits the default limits per urgency
 * @param returnWindow how long after dispatch the lead unit may still return a case (退单)
 * @param maxReturns approved returns after which the dispatcher must designate (指定) a unit
 * @param callbackAttempts unanswered follow-up calls after which a case counts as 未评价
 * @param yellowAt the share of a limit after which the light turns yellow and the handler is reminded
 * @param trackingPrefix the first letters of tracking numbers
 * @param commandCentre the command centre's unit code (dispatchers, escalations); application.yml derives it
 *     from zhili.district.code
 * @param supervisionOffice the supervision office's unit code (escalations of overdue cases); derived likewise
 */
@ConfigurationProperties("zhili.cases")
public record CasesProperties(@DefaultValue Limits limits, @DefaultValue("1wd") TimeLimit returnWindow,
		@DefaultValue("3") int maxReturns, @DefaultValue("3") int callbackAttempts, @DefaultValue("0.8") double yellowAt,
		@DefaultValue("NK") String trackingPrefix, String commandCentre, String supervisionOffice) {

	public CasesProperties {
		if (commandCentre == null || commandCentre.isBlank() || supervisionOffice == null || supervisionOffice.isBlank()) {
			throw new IllegalArgumentException("zhili.cases.command-centre and supervision-office must name units");
		}
		if (yellowAt <= 0 || yellowAt >= 1) {
			throw new IllegalArgumentException("zhili.cases.yellow-at must lie between 0 and 1");
		}
		if (maxReturns < 1 || callbackAttempts < 1) {
			throw new IllegalArgumentException("zhili.cases.max-returns and callback-attempts must be at least 1");
		}
	}

	/** The limits of each stage for each urgency. */
	public record Limits(@DefaultValue("15min") TimeLimit emergencyAccept, @DefaultValue("2h") TimeLimit emergencyFeedback,
			@DefaultValue("30min") TimeLimit emergencyReportIn, @DefaultValue("30min") TimeLimit utilitiesAccept,
			@DefaultValue("24h") TimeLimit utilitiesFeedback, @DefaultValue("2h") TimeLimit utilitiesReportIn,
			@DefaultValue("1wd") TimeLimit ordinaryAccept, @DefaultValue("7wd") TimeLimit ordinaryFeedback,
			@DefaultValue("1wd") TimeLimit ordinaryReportIn, @DefaultValue("1wd") TimeLimit complexAccept,
			@DefaultValue("15wd") TimeLimit complexFeedback, @DefaultValue("2wd") TimeLimit complexReportIn,
			@DefaultValue("2wd") TimeLimit callback) {

		public Map<Stage, TimeLimit> of(Urgency urgency) {
			Map<Stage, TimeLimit> limits = new EnumMap<>(Stage.class);
			switch (urgency) {
				case EMERGENCY -> put(limits, emergencyAccept, emergencyFeedback, emergencyReportIn);
				case UTILITIES -> put(limits, utilitiesAccept, utilitiesFeedback, utilitiesReportIn);
				case ORDINARY -> put(limits, ordinaryAccept, ordinaryFeedback, ordinaryReportIn);
				case COMPLEX -> put(limits, complexAccept, complexFeedback, complexReportIn);
			}
			limits.put(Stage.CALLBACK, callback);
			return limits;
		}

		private static void put(Map<Stage, TimeLimit> limits, TimeLimit accept, TimeLimit feedback, TimeLimit reportIn) {
			limits.put(Stage.ACCEPT, accept);
			limits.put(Stage.FEEDBACK, feedback);
			limits.put(Stage.REPORT_IN, reportIn);
		}
	}
}
