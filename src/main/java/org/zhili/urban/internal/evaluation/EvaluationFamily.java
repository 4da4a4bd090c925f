package org.zhili.urban.internal.evaluation;

import java.util.List;

import org.zhili.process.Labelled;

import static org.zhili.urban.internal.evaluation.Indicator.*;

/**
 * The three evaluations of GB/T 30428.4 — region, department and post (the posts 监督员, 值班长, 派遣员 apart) —
 * each with the columns its table shows and the indicators its composite value weighs.
 */
public enum EvaluationFamily implements Labelled {

	REGION("区域评价", "region", REGISTER_SCORE,
			List.of(REGISTERED, PUBLIC_REPORTS, PUBLIC_REPORT_RATE, REGISTER_SCORE, DUE, CLOSED, CLOSING_RATE, ON_TIME_CLOSED,
					ON_TIME_CLOSING_RATE),
			List.of(PUBLIC_REPORT_RATE, REGISTER_SCORE, CLOSING_RATE, ON_TIME_CLOSING_RATE)),
	DEPARTMENT("专业部门评价", "department", REGISTER_SCORE,
			List.of(ASSIGNED, REGISTER_SCORE, HANDLED, ON_TIME_HANDLED, ON_TIME_HANDLING_RATE, REWORKED, REWORK_RATE, CLOSED,
					CLOSING_RATE),
			List.of(REGISTER_SCORE, CLOSING_RATE, ON_TIME_HANDLING_RATE, REWORK_RATE)),
	SUPERVISOR("监督员岗位评价", "supervisor", null,
			List.of(REPORTS, VALID_REPORTS, VALID_REPORT_RATE, AREA_REGISTERED, MISSED, MISSED_RATE, VERIFIED,
					ON_TIME_VERIFY_RATE, CHECKED, ON_TIME_CHECK_RATE),
			List.of(VALID_REPORT_RATE, MISSED_RATE, ON_TIME_VERIFY_RATE, ON_TIME_CHECK_RATE)),
	DUTY_CHIEF("值班长岗位评价", "duty-chief", null,
			List.of(REGISTERED_BY, ON_TIME_REGISTER_RATE, VOIDED, ACCURATE_REGISTER_RATE, CLOSED_BY, ON_TIME_CLOSE_RATE),
			List.of(ON_TIME_REGISTER_RATE, ACCURATE_REGISTER_RATE, ON_TIME_CLOSE_RATE)),
	DISPATCHER("派遣员岗位评价", "dispatcher", DISPATCH_SCORE,
			List.of(DISPATCHED, DISPATCH_SCORE, ON_TIME_DISPATCH_RATE, MISDISPATCHED, ACCURATE_DISPATCH_RATE),
			List.of(DISPATCH_SCORE, ON_TIME_DISPATCH_RATE, ACCURATE_DISPATCH_RATE));

	private final String label;
	private final String configKey;
	private final Indicator banded;
	private final List<Indicator> columns;
	private final List<Indicator> scored;

	EvaluationFamily(String label, String configKey, Indicator banded, List<Indicator> columns, List<Indicator> scored) {
		this.label = label;
		this.configKey = configKey;
		this.banded = banded;
		this.columns = columns;
		this.scored = scored;
	}

	@Override
	public String label() {
		return label;
	}

	/** Its part of zhili.urban.evaluation. */
	public String configKey() {
		return configKey;
	}

	/** The count scored in bands, if the family has one. */
	public Indicator banded() {
		return banded;
	}

	/** The figures its table shows, in order (before the composite value and the grade). */
	public List<Indicator> columns() {
		return columns;
	}

	/** The indicators its composite value may weigh. */
	public List<Indicator> scored() {
		return scored;
	}
}
