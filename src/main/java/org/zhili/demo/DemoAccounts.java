package org.zhili.demo;

import java.util.List;

import org.zhili.identity.InitialAccess;
import org.zhili.identity.Role;

/**
 * The demo district's accounts: one per role and several scopes, all with {@code zhili.demo.password} (README),
 * and the API key of a demo Open311 client ({@code zhili.demo.open311-api-key}). Identity creates them.
 */
@DemoComponent
class DemoAccounts implements InitialAccess {

	/** The scope of district-wide demo accounts: the district itself. */
	private static final String DISTRICT = "";

	/**
	 * The scope is the part of the unit's code after the district's code, so the accounts fit whichever district is
	 * configured whose streets, communities and departments are numbered like the demo district's.
	 */
	static final List<Account> ACCOUNTS = List.of(
			new Account("operator", "李晓燕", Role.OPERATOR, DISTRICT, "13820000001"),
			new Account("dispatcher", "王建国", Role.DISPATCHER, DISTRICT, "13820000002"),
			new Account("changhong", "张丽华", Role.STREET_OFFICIAL, "001000", "13820000003"),
			new Account("gulou", "赵明", Role.STREET_OFFICIAL, "002000", "13820000004"),
			new Account("guangminglu", "刘洋", Role.GRID_WORKER, "001001", "13820000005"),
			new Account("chengguan", "陈志强", Role.DEPARTMENT_HANDLER, "CGW", "13820000006"),
			new Account("supervisor", "孙静", Role.SUPERVISOR, DISTRICT, "13820000007"),
			new Account("leader", "周海涛", Role.LEADER, DISTRICT, "13820000008"),
			new Account("sysadmin", "吴磊", Role.SYSTEM_ADMIN, DISTRICT, "13820000009"),
			new Account("secadmin", "郑红", Role.SECURITY_ADMIN, DISTRICT, "13820000010"),
			new Account("auditor", "冯雪", Role.AUDIT_ADMIN, DISTRICT, "13820000011"),
			// 双随机、一公开 at the 市场监管局: its handler, two inspectors (DemoInspectionLibraries links them to their
			// records by user name) and its 法制审核 reviewer.
			new Account("shichang", "高建华", Role.DEPARTMENT_HANDLER, "SCJ", "13820000012"),
			new Account("inspector", "马俊杰", Role.INSPECTOR, "SCJ", "13820000013"),
			new Account("inspector2", "刘思远", Role.INSPECTOR, "SCJ", "13820000014"),
			new Account("fazhi", "何雅琴", Role.LEGAL_REVIEWER, "SCJ", "13820000015"),
			// 信访, 矛调 and 舆情: the 信访办's officer, the 纪委监委's handler of 检举控告, a mediator at the district
			// centre and one at 长虹街's, and the 网信办's opinion analyst.
			new Account("xinfang", "韩立新", Role.PETITION_OFFICER, "XFB", "13820000016"),
			new Account("jiwei", "曹正义", Role.DEPARTMENT_HANDLER, "JWJ", "13820000017"),
			new Account("tiaojie", "许和平", Role.MEDIATOR, "MTZ", "13820000018"),
			new Account("tiaojie2", "林淑芬", Role.MEDIATOR, "001000", "13820000019"),
			new Account("yuqing", "钱晓雯", Role.OPINION_ANALYST, "WXB", "13820000020"),
			// 数字城管: a 监督员 patrolling 长虹街, and the 网格化管理中心's 值班长 and 派遣员.
			new Account("jianduyuan", "邓卫东", Role.URBAN_PATROLLER, "001000", "13820000021"),
			new Account("zhibanzhang", "彭雪梅", Role.URBAN_DUTY_CHIEF, "WGZ", "13820000022"),
			new Account("chengguanpq", "石磊", Role.URBAN_DISPATCHER, "WGZ", "13820000023"),
			// 社区准入清单: the 民政局's 社区治理 officer keeps the list and decides on work pushed down off it.
			new Account("minzheng", "梁秀英", Role.COMMUNITY_AFFAIRS, "MZJ", "13820000024"));

	/** The demo Open311 client's name in the key list. */
	static final String OPEN311_CLIENT = "Open311 演示客户端";

	private final DemoProperties properties;

	DemoAccounts(DemoProperties properties) {
		this.properties = properties;
	}

	@Override
	public List<Account> accounts() {
		return ACCOUNTS;
	}

	@Override
	public String password() {
		return properties.password();
	}

	@Override
	public String totpSecret() {
		return properties.totpSecret();
	}

	@Override
	public ApiKey apiKey() {
		return new ApiKey(OPEN311_CLIENT, properties.open311ApiKey(), "zhili.demo.open311-api-key");
	}
}
