package org.zhili.urban.internal.evaluation;

import org.zhili.process.Labelled;

/**
 * A figure of the monthly evaluation, with the definition the page prints beside it. "本月" is the evaluated month
 * in China time; "统计截止" is the month's end plus zhili.urban.evaluation.closing-grace (or now, for a month not yet
 * closed). Counts are 件, rates per cent with two decimals, scores 0–100.
 */
public enum Indicator implements Labelled {

	// The district's figures (the report's first sentence)
	ACCEPTED("受理数", Kind.COUNT, false, "本月上报（reported_at 在本月）的案卷，监督员上报与公众举报合计，含未立案的"),
	REGISTERED("立案数", Kind.COUNT, false, "本月立案（registered_at 在本月）的案卷，含其后作废的"),
	DUE("应结案数", Kind.COUNT, false, "本月立案的案卷中，除去作废和挂账的"),
	CLOSED("结案数", Kind.COUNT, false, "应结案的案卷中，统计截止前已结案（closed_at 非空）的"),
	CLOSING_RATE("结案率", Kind.RATE, false, "结案数 ÷ 应结案数 × 100%（DU-18）"),
	ON_TIME_CLOSED("按期结案数", Kind.COUNT, false, "结案的案卷中，处置在处置时限内完成、结案环节未超时的"),
	ON_TIME_CLOSING_RATE("按期结案率", Kind.RATE, false, "按期结案数 ÷ 应结案数 × 100%（DU-19）"),
	POSTPONED("延期数", Kind.COUNT, false, "本月立案并经批准延期的案卷"),
	SUSPENDED("挂账数", Kind.COUNT, false, "本月立案并经批准挂账的案卷"),
	VOIDED("作废数", Kind.COUNT, false, "本月立案、其后经批准作废的案卷"),

	// 区域评价
	PUBLIC_REPORTS("监督举报核实数", Kind.COUNT, false, "本月立案的案卷中，来自公众举报、经监督员核实的"),
	PUBLIC_REPORT_RATE("监督举报率", Kind.RATE, true, "监督举报核实数 ÷ 立案数 × 100%，越低越好，计分为 100 − 监督举报率（DU-20）"),
	REGISTER_SCORE("立案数分值", Kind.SCORE, false,
			"区域：每个网格按本月立案数分档计分（默认 0件100分，1–2件90分，3–4件75分，5–6件60分，7–8件40分，更多0分），取区域内各网格的平均分；部门：按应处置数分档（DU-21、DU-22）"),

	// 专业部门评价
	ASSIGNED("应处置数", Kind.COUNT, false, "本月派遣（dispatched_at 在本月）给该部门、未作废未挂账的案卷"),
	HANDLED("处置数", Kind.COUNT, false, "应处置的案卷中，统计截止前已处置反馈的"),
	ON_TIME_HANDLED("按期处置数", Kind.COUNT, false, "应处置的案卷中，在处置时限内处置反馈的"),
	ON_TIME_HANDLING_RATE("按期处置率", Kind.RATE, false, "按期处置数 ÷ 应处置数 × 100%（DU-22）"),
	REWORKED("返工数", Kind.COUNT, false, "处置的案卷中，核查未通过或回退、重新处置过的"),
	REWORK_RATE("返工率", Kind.RATE, true, "返工数 ÷ 处置数 × 100%，计分为 100 − 返工率（DU-22）"),

	// 监督员
	REPORTS("上报数", Kind.COUNT, false, "本月本人巡查上报的案卷"),
	VALID_REPORTS("有效上报数", Kind.COUNT, false, "本人本月上报、经审核立案的"),
	VALID_REPORT_RATE("有效上报率", Kind.RATE, false, "有效上报数 ÷ 上报数 × 100%（DU-23）"),
	AREA_REGISTERED("责任区立案数", Kind.COUNT, false, "本月在本人巡查责任区（网格、社区或街道）内立案的案卷"),
	MISSED("漏报数", Kind.COUNT, false, "责任区立案数中，来自公众举报、经核实立案的（监督员未先发现）"),
	MISSED_RATE("漏报率", Kind.RATE, true, "漏报数 ÷ 责任区立案数 × 100%，计分为 100 − 漏报率（DU-23）"),
	VERIFIED("应核实数", Kind.COUNT, false, "本人本月核实的公众举报"),
	ON_TIME_VERIFY_RATE("按时核实率", Kind.RATE, false, "在核实时限内核实的 ÷ 应核实数 × 100%（DU-23）"),
	CHECKED("应核查数", Kind.COUNT, false, "本人本月核查的处置结果"),
	ON_TIME_CHECK_RATE("按时核查率", Kind.RATE, false, "在核查时限内核查的 ÷ 应核查数 × 100%（DU-23）"),

	// 值班长
	REGISTERED_BY("经手立案数", Kind.COUNT, false, "本人本月立案的案卷"),
	ON_TIME_REGISTER_RATE("按时立案率", Kind.RATE, false, "在立案时限内立案的 ÷ 经手立案数 × 100%（DU-25）"),
	ACCURATE_REGISTER_RATE("准确立案率", Kind.RATE, false, "（经手立案数 − 其中作废数）÷ 经手立案数 × 100%（DU-25）"),
	CLOSED_BY("经手结案数", Kind.COUNT, false, "本人本月结案的案卷"),
	ON_TIME_CLOSE_RATE("按时结案率", Kind.RATE, false, "结案环节未超时的 ÷ 经手结案数 × 100%（DU-25）"),

	// 派遣员
	DISPATCHED("应派遣数", Kind.COUNT, false, "本人本月派遣的案卷"),
	DISPATCH_SCORE("派遣数分值", Kind.SCORE, false,
			"按应派遣数分档（默认 2001件以上100分，1201–2000件90分，501–1200件75分，301–500件60分，101–300件40分，更少0分；沿用 DU-24 受理数分档）"),
	ON_TIME_DISPATCH_RATE("按时派遣率", Kind.RATE, false, "在派遣时限内派遣的 ÷ 应派遣数 × 100%（DU-26）"),
	MISDISPATCHED("误派数", Kind.COUNT, false, "本人派遣、被部门以非本部门职责退回的"),
	ACCURATE_DISPATCH_RATE("准确派遣率", Kind.RATE, false, "（应派遣数 − 误派数）÷ 应派遣数 × 100%（DU-26）");

	/** What a figure is. */
	public enum Kind {
		COUNT, RATE, SCORE
	}

	private final String label;
	private final Kind kind;
	private final boolean lowerIsBetter;
	private final String definition;

	Indicator(String label, Kind kind, boolean lowerIsBetter, String definition) {
		this.label = label;
		this.kind = kind;
		this.lowerIsBetter = lowerIsBetter;
		this.definition = definition;
	}

	@Override
	public String label() {
		return label;
	}

	public Kind kind() {
		return kind;
	}

	/** Whether the figure counts against (its score is 100 minus the rate). */
	public boolean lowerIsBetter() {
		return lowerIsBetter;
	}

	public String definition() {
		return definition;
	}

	/** The header a table shows: the label with its unit. */
	public String header() {
		return switch (kind) {
			case COUNT -> label;
			case RATE -> label + "(%)";
			case SCORE -> label;
		};
	}
}
