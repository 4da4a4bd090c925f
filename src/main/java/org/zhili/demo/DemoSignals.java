package org.zhili.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.Signals;
import org.zhili.org.District;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * A year of 舆情 on first start: posts and articles about the district's streets found by the 网信办 analyst
 * ({@code yuqing}) over the year — most verified by their street and closed (some found untrue), a few turned into
 * 12345 cases (registered now through {@link org.zhili.cases.CaseIntake}), the newest still waiting for 研判 or
 * for their street's finding. Replies are published for the ones the public asked about. Deterministic.
 */
@DemoComponent
class DemoSignals extends DemoPart {

	/** After the inspection year and the hazard campaign; petitions' and disputes' demo parts are not needed. */
	static final int PHASE = 8;

	private enum Fate {
		NEW, VERIFYING, VERIFIED, UNTRUE, HANDLED, NO_ACTION, CASE
	}

	/**
	 * One signal of the year.
	 *
	 * @param street the part of the street's code after the district's (001000 长虹街…)
	 * @param category "level-1/level-2" of the 12345 tree
	 * @param daysAgo when it was first seen; for the open ones, {@code hoursAgo} instead
	 */
	private record Story(String source, String street, String category, String title, String text, int reads, int shares,
			int comments, Fate fate, int daysAgo, String finding, String reply) {
	}

	private static final String CITY = "城乡建设/城市建设和市政管理";
	private static final String POLLUTION = "环境保护/环境污染";
	private static final String HOUSING = "城乡建设/住房保障与房地产";
	private static final String MARKET = "商贸旅游/市场监管";
	private static final String TRAFFIC = "政法/交通管理";
	private static final String WAGES = "劳动和社会保障/工资福利";
	private static final String SCHOOL = "教育文体/教育收费";
	private static final String SAFETY = "城乡建设/安全生产";

	private static final List<Story> STORIES = List.of(
			new Story("WEIBO", "001000", CITY, "长虹公园东门外人行道砖翘起，老人绊倒", "今早陪母亲遛弯，长虹公园东门外的人行道砖翘起来好几块，前面一位大爷直接绊倒了，希望有关部门尽快修一修。",
					8200, 160, 95, Fate.HANDLED, 320, "经现场核实，东门外约 20 平方米步道砖松动翘起，已由街道协调养护单位当日更换。", "长虹街道已对长虹公园东门外松动步道砖完成更换，并将该路段纳入每周巡查。感谢网友反映。"),
			new Story("WECHAT", "002000", POLLUTION, "鼓楼商业街夜市油烟太大，楼上住户窗户都不敢开", "公众号读者留言：鼓楼附近夜市烧烤摊油烟直冲居民楼，晚上十点后还在营业，住户苦不堪言。",
					15600, 420, 310, Fate.CASE, 300, "夜市东段 6 家烧烤摊未安装油烟净化设施，营业至 23 时后，属实。", null),
			new Story("DOUYIN", "003000", TRAFFIC, "兴南街某小学门口早高峰堵成停车场", "视频显示早七点半学校门口家长车辆双排停放，公交车被堵在路中间十多分钟。",
					126000, 3800, 1450, Fate.HANDLED, 285, "早高峰家长接送车辆占道属实，已会同交警设置临时即停即走区。", "兴南街道会同交管部门在学校周边设置即停即走区，安排志愿者早高峰疏导，拥堵已明显缓解。"),
			new Story("FORUM", "004000", HOUSING, "广开街某小区电梯三天两头坏，物业不管", "贴吧网友：小区 5 号楼电梯这个月坏了四次，有一次把孩子困了半小时，物业只说在等配件。",
					4300, 55, 120, Fate.CASE, 270, "5 号楼电梯本月故障 4 次，维保单位更换配件迟缓，属实。", null),
			new Story("NEWS", "005000", CITY, "万兴街老旧小区改造后居民点赞", "本地新闻网报道：万兴街老旧小区改造完工，加装了扶手和休息座椅，居民感谢街道改善了居住环境。",
					23000, 310, 88, Fate.NO_ACTION, 260, null, null),
			new Story("WEIBO", "006000", MARKET, "学府街网红奶茶店被曝使用过期原料", "网友发帖称在学府街一家奶茶店后厨看到过期奶精，并附图片，转发者众多。",
					98000, 5200, 2300, Fate.UNTRUE, 250, "市场监管所现场检查该店原料，未发现过期原料；帖子图片系外地门店旧图。", "经区市场监管局学府所现场检查，该店原料均在保质期内，网传图片非本店。请网友理性转发。"),
			new Story("HOTLINE_WEB", "007000", POLLUTION, "向阳路工地夜间施工噪音扰民", "12345网络留言：向阳路一处工地连续多晚凌晨还在打桩，噪音很大，孩子睡不着。",
					1200, 12, 40, Fate.HANDLED, 235, "工地夜间施工无许可，属实，已责令停止夜间作业。", "向阳路街道已责令该工地停止未经许可的夜间施工，并安排夜间巡查。"),
			new Story("WECHAT", "008000", WAGES, "嘉陵道一家装修公司拖欠工人工资", "多名装修工人在公众号留言，称公司拖欠三个月工资，老板联系不上。",
					6700, 140, 260, Fate.VERIFIED, 210, "涉及 12 名工人约 18 万元，公司负责人已联系上，承认欠薪。", null),
			new Story("DOUYIN", "009000", CITY, "王顶堤一条路雨后积水没过脚踝", "视频：暴雨后王顶堤某路段积水严重，行人只能踩着砖头过马路，排水口被树叶堵死。",
					54000, 1300, 620, Fate.HANDLED, 200, "雨水口被落叶堵塞，属实，已清掏并加装防堵篦子。", "王顶堤街道已组织清掏该路段雨水口并加装防堵篦子，汛期将加密巡查。"),
			new Story("WEIBO", "010000", CITY, "水上公园周边共享单车堆成山", "水上公园北门外共享单车乱停乱放，盲道被占，推轮椅的老人过不去。",
					19000, 270, 150, Fate.HANDLED, 190, "北门外单车堆放约 300 辆，占压盲道，属实，已联系企业清运。", "水上公园街道已协调共享单车企业清运北门外堆放车辆，并划设停放区。"),
			new Story("FORUM", "011000", SCHOOL, "体育中心附近培训机构预收费后跑路", "家长在论坛发帖：孩子报的体育培训班突然关门，预交的一年学费退不回来。",
					8800, 190, 430, Fate.CASE, 175, "该机构已停业，涉及家长约 40 户，预收费未退，属实。", null),
			new Story("NEWS", "012000", CITY, "华苑社区新建口袋公园受欢迎", "新闻网报道华苑一处闲置地块改造成口袋公园，周边居民很满意，傍晚散步的人很多。",
					12000, 90, 35, Fate.NO_ACTION, 160, null, null),
			new Story("WEIBO", "001000", SAFETY, "长虹街某商场消防通道被货物堵死", "网友拍到商场后侧消防通道堆满纸箱货物，消防门上了锁，担心出事。",
					31000, 880, 400, Fate.HANDLED, 150, "消防通道堆放杂物、常闭消防门上锁，属实，已督促当日清理。", "长虹街道会同消防部门督促商场当日清理消防通道，并对商场负责人进行约谈。"),
			new Story("OTHER", "002000", HOUSING, "鼓楼某老楼外墙瓷砖脱落砸到车", "小区业主群截图在网上流传：外墙瓷砖脱落砸坏楼下汽车，所幸无人受伤。",
					5600, 210, 75, Fate.HANDLED, 140, "外墙面砖空鼓脱落，属实，已拉设警戒并安排排险。", null),
			new Story("DOUYIN", "003000", MARKET, "兴南街菜市场缺斤短两被顾客拍下", "视频显示顾客复称后发现 2 斤的菜少了 3 两，摊主态度恶劣。",
					67000, 2100, 980, Fate.HANDLED, 130, "市场监管所检查该摊位电子秤，计量作弊属实，已立案处理。", "区市场监管局已对该摊位计量作弊行为立案查处，并在菜市场设置公平秤。"),
			new Story("WECHAT", "004000", POLLUTION, "广开街一家饭店油烟管道冒黑烟", "公众号读者反映：饭店油烟管道直排，对面楼的窗台每天一层油。",
					2900, 30, 66, Fate.UNTRUE, 120, "现场检查该饭店油烟净化设备运行正常，检测达标；黑烟为锅炉启动时短时排放。", null),
			new Story("HOTLINE_WEB", "005000", CITY, "万兴街路灯不亮已经半个月", "网络留言：某路段十几盏路灯半个月都不亮，晚上走路很危险。",
					900, 5, 18, Fate.HANDLED, 110, "电缆被施工挖断，属实，已修复。", null),
			new Story("WEIBO", "006000", TRAFFIC, "学府街某路口红绿灯时长太短，过不去马路", "网友吐槽学府街一路口行人绿灯只有 15 秒，老人根本走不过去。",
					14000, 300, 520, Fate.NO_ACTION, 100, "信号配时由交管部门统一调整，已转交管部门研究。", null),
			new Story("FORUM", "007000", HOUSING, "向阳路小区物业擅自涨价", "业主发帖称物业未经业主大会表决就把物业费上调三成，业主们很气愤。",
					7200, 160, 390, Fate.CASE, 90, "物业费调整未履行业主大会表决程序，属实。", null),
			new Story("NEWS", "008000", CITY, "嘉陵道街道为独居老人装上智能烟感", "新闻网报道嘉陵道街道为辖区独居老人免费安装智能烟感报警器，老人们纷纷点赞。",
					9800, 120, 44, Fate.NO_ACTION, 80, null, null),
			new Story("DOUYIN", "009000", POLLUTION, "王顶堤河道漂浮垃圾发臭", "视频：河道里漂着塑料袋和死鱼，附近散步闻到恶臭。",
					43000, 900, 510, Fate.HANDLED, 70, "河道局部漂浮物较多，属实，已组织打捞并增加保洁频次。", "王顶堤街道已组织打捞河道漂浮物，河长办将保洁频次由每周两次增至每日一次。"),
			new Story("WEIBO", "010000", MARKET, "水上公园门口游船票价被指宰客", "网友称游船售票点临时加价，标价和收费不一致。",
					22000, 650, 300, Fate.UNTRUE, 60, "票价经物价部门备案，节假日价格已公示，未发现价外加价。", "经核实，水上公园游船节假日票价已按规定备案公示，未发现价外加价。"),
			new Story("WECHAT", "011000", WAGES, "体育中心附近餐馆欠服务员工资", "多名服务员在公众号留言称餐馆关门前拖欠两个月工资。",
					3100, 40, 150, Fate.VERIFIED, 50, "餐馆已停业，涉及服务员 7 人，欠薪约 5 万元，属实。", null),
			new Story("HOTLINE_WEB", "012000", CITY, "华苑某路段井盖缺失", "网络留言：人行道上一个井盖不见了，只用锥桶围着，晚上看不见。",
					600, 3, 12, Fate.HANDLED, 40, "井盖被盗，属实，已补装防盗井盖。", null),
			new Story("WEIBO", "001000", POLLUTION, "长虹街一家汽修店露天喷漆刺鼻", "网友称汽修店在路边露天喷漆，味道刺鼻，附近幼儿园的孩子都闻得到。",
					16000, 380, 270, Fate.CASE, 30, "露天喷漆作业属实，无废气收集设施。", null),
			new Story("DOUYIN", "002000", TRAFFIC, "鼓楼步行街电动车横冲直撞", "视频：步行街上外卖电动车高速穿行，差点撞到小孩。",
					88000, 2600, 1300, Fate.HANDLED, 21, "步行街电动车穿行属实，已设置隔离桩并安排巡逻。", "鼓楼街道已在步行街入口设置隔离桩，并会同交警加强巡逻劝导。"),
			new Story("FORUM", "003000", CITY, "兴南街垃圾站周末没人清运", "贴吧网友：周末两天垃圾站满了溢出来，苍蝇很多。",
					2100, 20, 58, Fate.NO_ACTION, 14, "周末清运班次调整致延误一天，现已恢复，无需另行处置。", null),
			new Story("WECHAT", "004000", HOUSING, "广开街某楼盘延期交房业主维权", "业主群消息在公众号流传：楼盘延期交房半年，开发商迟迟不给说法。",
					11000, 330, 640, Fate.VERIFYING, 3, null, null),
			new Story("WEIBO", "005000", CITY, "万兴街某小区门口道路塌陷", "网友发图：小区门口路面塌了一个大坑，已经有电动车摔倒。",
					27000, 760, 410, Fate.VERIFYING, 1, null, null),
			new Story("DOUYIN", "006000", POLLUTION, "学府街餐饮街夜里噪音扰民", "视频：凌晨一点餐饮街还有人大声喧哗、放音乐，居民投诉无人管。",
					39000, 980, 720, Fate.NEW, 0, null, null),
			new Story("NEWS", "009000", CITY, "王顶堤街道志愿者为老人上门理发获好评", "新闻网报道志愿者每月上门为行动不便的老人理发，老人们感谢社区的贴心服务。",
					5400, 60, 25, Fate.NEW, 0, null, null),
			new Story("HOTLINE_WEB", "007000", SAFETY, "向阳路一处在建工地脚手架摇晃", "网络留言：工地外侧脚手架刮风时明显摇晃，下面就是人行道，担心坍塌。",
					800, 4, 9, Fate.NEW, 0, null, null));

	private final Signals signals;
	private final OrgUnits units;
	private final District district;
	private final CaseDirectory directory;
	private final Clock clock;
	/** Without demo cases ({@code zhili.demo.cases=0}) no signal becomes one: the district starts with no case. */
	private final boolean withCases;

	DemoSignals(Signals signals, OrgUnits units, District district, CaseDirectory directory, DemoProperties demo,
			TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(PHASE, "signals", transactions, jdbc);
		this.signals = signals;
		this.units = units;
		this.district = district;
		this.directory = directory;
		this.clock = clock;
		this.withCases = demo.cases() > 0;
	}

	@Override
	protected boolean wanted() {
		return signals.none();
	}

	@Override
	protected String play() {
		String office = district.unitCode("WXB");
		Actor analyst = new Actor(null, "yuqing", Set.of(Role.OPINION_ANALYST), units.find(office).orElseThrow().scope());
		Map<String, String> categories = categoriesByPath();
		Instant now = clock.instant();
		int cases = 0;
		for (int i = 0; i < STORIES.size(); i++) {
			Story s = STORIES.get(i);
			String street = district.unitCode(s.street());
			Instant seen = seen(s, i, now);
			Instant registered = seen.plus(Duration.ofMinutes(20 + (i * 17) % 90));
			Signals.NewSignal signal = new Signals.NewSignal(s.source(), s.title(), s.source().equals("HOTLINE_WEB") ? null
					: "https://example.com/" + s.source().toLowerCase() + "/" + (1000 + i), s.text(), seen, s.reads(), s.shares(),
					s.comments(), null, street, null, null, categories.get(s.category()), null);
			Signals.Reported r = signals.load(signal, past(s, i, street, registered));
			if (s.fate() == Fate.CASE && withCases) {
				signals.toCase(r.id(), "请按职责尽快处置并答复", analyst);
				cases++;
			}
		}
		return "%d signals over the year, %d turned into cases".formatted(STORIES.size(), cases);
	}

	/** When a story was first seen: days ago at a daytime hour; an open one hours ago (one of them late for 研判). */
	private Instant seen(Story s, int i, Instant now) {
		if (s.daysAgo() == 0) {
			return now.minus(Duration.ofMinutes(50L + 140L * (i % 3)));
		}
		ZonedDateTime day = now.atZone(ChinaTime.ZONE).minusDays(s.daysAgo());
		LocalDate date = day.toLocalDate();
		Instant at = date.atTime(8 + (i * 5) % 13, (i * 23) % 60).atZone(ChinaTime.ZONE).toInstant();
		return at.isAfter(now) ? now.minus(Duration.ofHours(2)) : at;
	}

	private Signals.Past past(Story s, int i, String street, Instant registered) {
		String verifier = verifier(street);
		Instant assigned = registered.plus(Duration.ofMinutes(40 + (i * 13) % 150));
		Instant verified = assigned.plus(Duration.ofMinutes(180 + (i * 97) % 1200));
		Instant closed = verified.plus(Duration.ofMinutes(60 + (i * 31) % 300));
		return switch (s.fate()) {
			case NEW -> new Signals.Past("yuqing", registered, null, null, null, null, null, null, null, null);
			case VERIFYING -> new Signals.Past("yuqing", registered, street, assigned, null, null, null, null, null, null);
			case VERIFIED, CASE -> new Signals.Past("yuqing", registered, street, assigned, verifier, verified, s.finding(), null,
					null, null);
			case NO_ACTION -> s.finding() == null
					? new Signals.Past("yuqing", registered, null, null, null, null, null, SignalClosure.NO_ACTION, assigned, s.reply())
					: new Signals.Past("yuqing", registered, street, assigned, verifier, verified, s.finding(),
							SignalClosure.NO_ACTION, closed, s.reply());
			case UNTRUE -> new Signals.Past("yuqing", registered, street, assigned, verifier, verified, s.finding(),
					SignalClosure.UNTRUE, closed, s.reply());
			case HANDLED -> new Signals.Past("yuqing", registered, street, assigned, verifier, verified, s.finding(),
					SignalClosure.HANDLED, closed, s.reply());
		};
	}

	/** The demo accounts of 长虹街 and 鼓楼街 verify their own; other streets' handlers are named after their code. */
	private String verifier(String street) {
		if (street.equals(district.unitCode("001000"))) {
			return "changhong";
		}
		if (street.equals(district.unitCode("002000"))) {
			return "gulou";
		}
		return "h" + street;
	}

	/** Second-level categories by "level-1/level-2" name. */
	private Map<String, String> categoriesByPath() {
		Map<String, String> topNames = new HashMap<>();
		List<CaseDirectory.Category> all = directory.categories();
		all.stream().filter(c -> c.level() == 1).forEach(c -> topNames.put(c.code(), c.name()));
		Map<String, String> byPath = new HashMap<>();
		for (CaseDirectory.Category c : all) {
			if (c.level() == 2 && c.active()) {
				byPath.putIfAbsent(topNames.get(c.parentCode()) + "/" + c.name(), c.code());
			}
		}
		return byPath;
	}
}
