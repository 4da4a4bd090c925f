package org.zhili.cases;

import java.util.Locale;

/** Everything that can happen to a case; each is a row of its timeline. */
public enum CaseAction implements org.zhili.process.Labelled {

	REGISTER("受理"), ANSWER("即时办结"), DISPATCH("派单"), DESIGNATE("指定"), ACCEPT("签收"), RETURN("退单"),
	APPROVE("批准"), REJECT("驳回"), WHISTLE("吹哨"), REPORT("报到"), NOTE("办理记录"), EXTEND("申请延期"),
	SUSPEND("申请挂账"), RESUME("恢复办理"), VOID("申请作废"), MERGE("合并"), REPLY("答复"), REVIEW("审核"),
	CALLBACK("回访"), RATE("评价"), REDISPATCH("再交办"), CLOSE("结案"), SUPERVISE("督办"), REMIND("催办"),
	ESCALATE("超期上报"), REPLY_SHARED("同步主件答复"), RECOMPUTE("时限重算");

	private final String label;

	CaseAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The name in {@code POST /api/v1/cases/{id}/actions/{action}}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static CaseAction fromPath(String path) {
		return valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
