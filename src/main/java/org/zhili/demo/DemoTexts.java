package org.zhili.demo;

import java.util.List;
import java.util.Map;

/** What the people of the demo cases write in their notes: short, in the style of real work orders. */
final class DemoTexts {

	static final List<String> RETURN = List.of("该诉求不属于本单位职责范围，请重新派单", "经核实，诉求地点不在本街道辖区",
			"该事项属行业主管部门职责，建议派至相关部门", "诉求内容涉及多部门职责，请指挥中心协调");
	static final List<String> VOID = List.of("重复来电，内容无实质诉求", "骚扰来电，已作废处理", "来电人表示已自行解决，无需办理");
	static final List<String> WHISTLE = List.of("问题涉及执法权限，请相关部门到场联合处置", "需部门到场共同核实处理",
			"街道吹哨，请部门报到协同解决");
	static final List<String> REPORT = List.of("已派执法人员到场，现场责令整改", "已到场核实，配合街道完成处置",
			"已报到，安排专人跟进", "已联合街道现场处置完毕");
	static final List<String> NOTE = List.of("已与诉求人电话沟通，了解具体情况", "网格员已到现场核实，情况属实",
			"已联系物业公司，要求限期整改", "已召集相关方现场协调", "已拍照取证，正在协调处理");
	static final List<String> EXTEND = List.of("需协调多方产权单位，申请延期办理", "涉及工程施工，需等待材料到位",
			"问题较复杂，需进一步调查核实");
	static final List<String> SUSPEND = List.of("需等待上级政策明确，申请挂账", "涉及历史遗留问题，暂无法解决，申请挂账",
			"需纳入年度改造计划统筹解决，申请挂账");
	static final List<String> SUPERVISE = List.of("该件已超期，请加快办理并及时反馈", "群众反映强烈，请主要负责同志亲自过问",
			"请于两个工作日内办结并报送办理情况");
	static final List<String> SUPERVISION_REPLY = List.of("已收到督办，主要负责同志已过问，今日安排专人现场处置",
			"已按督办要求加快办理，预计两个工作日内答复诉求人", "已召开专题会研究，明确责任人和完成时限");
	static final List<String> REWORK = List.of("答复内容过于笼统，请补充具体处理措施", "未与诉求人充分沟通，请重新核实后答复",
			"答复未回应诉求人主要问题，请返工");
	static final List<String> CALLBACK = List.of("诉求人表示问题已处理", "诉求人对办理结果表示认可", "诉求人表示基本解决",
			"诉求人表示情况已有改善");

	/** Replies for messages that came without a real one, by first-level category. */
	private static final Map<String, String> REPLIES = Map.of(
			"城乡建设", "您好！您反映的“%s”问题已收悉。经现场核实，我单位已协调物业及相关产权单位进行处理，后续将加强日常巡查管理。感谢您对我们工作的支持。",
			"劳动和社会保障", "您好！您反映的“%s”问题已收悉。经核实，我单位已向您解释相关政策规定，并指导您按程序办理，如有疑问可拨打咨询电话。",
			"教育文体", "您好！关于您反映的“%s”，我单位已责成相关学校核实整改，并将加强监督检查。感谢您的关注。",
			"商贸旅游", "您好！关于您反映的“%s”，执法人员已到场检查，责令经营者整改，并将持续跟踪。",
			"环境保护", "您好！关于您反映的“%s”，生态环境部门已现场监测核查，已要求相关单位落实防治措施，我们将持续监管。",
			"卫生计生", "您好！关于您反映的“%s”，卫生健康部门已调查核实，已督促相关医疗机构规范服务，并向您反馈了处理情况。",
			"交通运输", "您好！关于您反映的“%s”，相关部门已现场勘查，已采取整改措施，将加强该路段的管理。");

	static String replyFor(String label, String title) {
		return REPLIES.getOrDefault(label, REPLIES.get("城乡建设")).formatted(title);
	}

	private DemoTexts() {
	}
}
