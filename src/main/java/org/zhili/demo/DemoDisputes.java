package org.zhili.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseDirectory;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.Disputes.Ending;
import org.zhili.disputes.Disputes.Party;
import org.zhili.disputes.Disputes.PartyRole;
import org.zhili.disputes.Disputes.Performance;
import org.zhili.disputes.Disputes.Referral;
import org.zhili.disputes.Disputes.Risk;
import org.zhili.disputes.Disputes.Session;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * The demo's year at the 矛调中心 (zhili.demo.enabled): some three hundred disputes at the district centre and every
 * street's, of every type, most mediated to agreement within weeks and followed up, a few failed and referred to
 * court or arbitration — the latest of them to 信访 through the petitions module — some withdrawn
 * or ended, a handful still being mediated or waiting to be accepted; a few grew out of demo 12345 cases. Recorded
 * through the disputes module's history; deterministic for a day.
 */
@DemoComponent
class DemoDisputes extends DemoPart {

	/** After the petitions' demo (6), which this part does not read. */
	private static final int PHASE = 7;

	private static final int STREET_DISPUTES = 20, DISTRICT_DISPUTES = 60;

	private static final String[] ROADS = { "鞍山西道", "红旗南路", "黄河道", "长江道", "复康路", "西湖道", "白堤路", "卫津路",
			"咸阳路", "华苑路", "南丰路", "广开四马路", "北马路", "水上公园西路", "密云路", "宜宾道" };

	private static final String[] ESTATES = { "雅士道小区", "华宁里", "长宁里", "育梁道小区", "川府新村", "阳光100", "久华里",
			"王顶堤小区", "龙井里", "迎水道小区" };

	/** Per type: the dispute (%s: the estate), what happened, what was agreed, and the amount range in yuan. */
	private record Kind(String code, String[] titles, String[] stories, String[] terms, int minAmount, int maxAmount) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("NEIGHBOUR", new String[] { "楼上漏水致楼下天花板受损", "邻居装修噪音扰民", "楼道堆物影响通行", "空调外机噪音及滴水" },
					new String[] { "申请人称楼上卫生间防水层损坏，渗水致其卧室天花板、墙面发霉脱落，多次协商未果。",
							"申请人反映邻居装修长期在午休和晚间施工，噪音严重影响老人休息，双方发生口角。",
							"被申请人在楼道长期堆放旧家具和纸箱，申请人认为存在消防隐患并影响出行，双方多次争吵。",
							"被申请人空调外机正对申请人窗户，夜间噪音大且冷凝水滴落至申请人阳台。" },
					new String[] { "被申请人于履行期限内修复卫生间防水层，并一次性赔偿申请人墙面修复费用。",
							"被申请人装修施工时间调整为工作日8:00—12:00、14:00—18:00，节假日不施工。",
							"被申请人于三日内清理楼道堆物，今后不再堆放。", "被申请人移装空调外机并加装冷凝水管，费用自理。" },
					0, 12_000),
			new Kind("FAMILY", new String[] { "离婚后子女探视纠纷", "赡养老人费用分担纠纷", "家庭房屋居住权纠纷" },
					new String[] { "双方离婚后对孩子探视时间和方式产生分歧，申请人称对方多次拒绝其探视。",
							"老人有三名子女，因医疗和护理费用分担问题发生争执，老人申请调解。",
							"父母去世后兄妹因老房居住问题发生矛盾，一方长期居住，其他人要求分配使用。" },
					new String[] { "被申请人每月安排申请人探视子女两次，寒暑假各接回同住一周。",
							"三名子女按月平均分担老人护理和医疗自付费用，由长子统一支付并每季度公示。",
							"由被申请人继续居住，按月向其他继承人支付使用费。" },
					0, 60_000),
			new Kind("PROPERTY_MGMT", new String[] { "物业费拖欠纠纷", "电梯停运维修费用纠纷", "小区停车位收费纠纷" },
					new String[] { "物业公司称业主连续两年未交物业费，业主称物业服务不到位、楼道卫生差。",
							"小区电梯故障停运，维修费用使用维修基金还是物业承担，业主与物业意见不一。",
							"物业公司上调地面停车费，部分业主不认可，拒交并与保安发生冲突。" },
					new String[] { "业主补交物业费，物业公司减免滞纳金并限期整改楼道保洁。",
							"维修费用由物业先行垫付，按程序申请使用维修基金后返还。", "停车费维持原标准至业主大会表决，业主按原标准缴费。" },
					800, 30_000),
			new Kind("LABOUR", new String[] { "装修工人讨要工资纠纷", "餐饮店员工工资结算纠纷", "工伤医疗费用纠纷" },
					new String[] { "申请人等人为某装修队工作三个月，工程结束后工头以甲方未付款为由拖欠工资。",
							"申请人从餐馆离职后，店主以其未提前通知为由扣发最后一个月工资。",
							"申请人在工地受伤，医疗费用由谁承担双方争议较大。" },
					new String[] { "被申请人于履行期限内分两次付清拖欠工资。", "被申请人一次性支付申请人工资及经济补偿。",
							"被申请人承担医疗费用，并支付误工费和营养费。" },
					3_000, 120_000),
			new Kind("LAND_HOUSING", new String[] { "房屋租赁押金退还纠纷", "二手房交易定金纠纷", "违建遮挡采光纠纷" },
					new String[] { "租期届满后，房东以墙面污损为由拒绝退还押金，租户认为属正常使用损耗。",
							"买方支付定金后因贷款未获批准无法购房，卖方拒绝返还定金。",
							"被申请人在一楼院内搭建棚屋，遮挡申请人房屋采光，申请人多次要求拆除。" },
					new String[] { "房东扣除部分维修费后退还其余押金。", "卖方返还大部分定金，其余作为违约补偿。",
							"被申请人拆除超出部分，恢复原状。" },
					2_000, 200_000),
			new Kind("CONSUMER", new String[] { "预付卡退费纠纷", "家具质量问题退换纠纷", "装修工程质量纠纷" },
					new String[] { "申请人在健身房办理年卡，健身房搬迁后拒绝退还剩余费用。",
							"申请人购买的沙发使用两周即出现开裂，商家拒绝退换。", "装修完工后墙面开裂、地砖空鼓，申请人要求返工，装修公司推诿。" },
					new String[] { "商家按剩余期限比例退还预付费用。", "商家为申请人更换同款新品。", "装修公司于履行期限内返工维修并延长保修期一年。" },
					500, 50_000),
			new Kind("TRAFFIC", new String[] { "电动自行车与行人相撞赔偿纠纷", "小区内车辆剐蹭纠纷" },
					new String[] { "被申请人骑电动自行车将申请人撞倒致其骨折，双方就赔偿金额协商不成。",
							"被申请人倒车时剐蹭申请人停放的车辆，双方对维修费用有争议。" },
					new String[] { "被申请人一次性赔偿申请人医疗费、误工费、护理费等各项损失。", "被申请人承担车辆维修费用。" },
					1_000, 80_000),
			new Kind("MEDICAL", new String[] { "诊所治疗后并发症赔偿纠纷", "口腔种植牙效果纠纷" },
					new String[] { "申请人在诊所输液后出现过敏反应住院治疗，要求诊所赔偿。",
							"申请人在口腔诊所种植牙后松动脱落，要求退费并赔偿。" },
					new String[] { "诊所一次性补偿申请人医疗费及相关损失，双方不再追究。", "诊所免费重新种植并退还部分费用。" },
					5_000, 150_000),
			new Kind("OTHER", new String[] { "宠物犬咬伤赔偿纠纷", "合伙经营账目纠纷" },
					new String[] { "被申请人饲养的宠物犬未拴绳，将申请人孩子咬伤，双方就赔偿发生争执。",
							"双方合伙经营小超市，散伙时对账目和存货分配发生争议。" },
					new String[] { "被申请人赔偿疫苗和治疗费用，今后遛狗必须拴绳。", "按账面结算，存货由申请人接收并补偿被申请人差额。" },
					300, 60_000));

	private static final Pattern NEIGHBOURLY = Pattern.compile("噪音|噪声|漏水|渗水|装修|邻居|楼道|物业|工资|欠薪|押金");

	private final Disputes disputes;
	private final CaseDirectory cases;
	private final OrgUnits units;
	private final District district;
	private final Clock clock;

	DemoDisputes(Disputes disputes, CaseDirectory cases, OrgUnits units,
			District district, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(PHASE, "disputes", transactions, jdbc);
		this.disputes = disputes;
		this.cases = cases;
		this.units = units;
		this.district = district;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return !disputes.any();
	}

	@Override
	protected String play() {
		SplittableRandom random = new SplittableRandom(1585);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		String centre = district.unitCode("MTZ");
		List<OrgUnit> streets = units.streets();
		List<Disputes.Mediator> roster = roster(centre, streets, random);
		disputes.enrol(roster);
		List<CaseDirectory.History> fromCases = neighbourlyCases(now.minus(Duration.ofDays(150)));
		int made = 0, agreed = 0, failed = 0, petitionsMade = 0, linked = 0, open = 0;
		for (int i = 0; i < DISTRICT_DISPUTES + STREET_DISPUTES * streets.size(); i++) {
			boolean forDistrict = i < DISTRICT_DISPUTES;
			OrgUnit street = streets.get(random.nextInt(streets.size()));
			if (!forDistrict) {
				street = streets.get((i - DISTRICT_DISPUTES) / STREET_DISPUTES);
			}
			Kind kind = forDistrict && random.nextInt(3) == 0 ? KINDS.get(7) : KINDS.get(random.nextInt(KINDS.size() - 2));
			if (!forDistrict && random.nextInt(25) == 0) {
				kind = KINDS.get(KINDS.size() - 1);
			}
			Risk risk = forDistrict && !kind.code().equals("MEDICAL") ? Risk.HIGH : random.nextInt(4) == 0 ? Risk.MEDIUM : Risk.LOW;
			int daysAgo = i % 17 == 0 ? random.nextInt(3) : 3 + random.nextInt(360);
			CaseDirectory.History origin = !forDistrict && linked < fromCases.size() && i % 9 == 4 ? fromCases.get(linked++) : null;
			if (origin != null) {
				street = units.find(origin.streetCode()).orElse(street);
				kind = kindOf(origin);
				risk = Risk.LOW;
				daysAgo = (int) Math.max(1, Duration.between(origin.registeredAt(), now).toDays() - 2);
			}
			String mediator = mediatorOf(roster, forDistrict ? centre : street.code(), random);
			Disputes.Past past = past(kind, risk, street, today, daysAgo, mediator, origin, petitionsMade < 3,
					random);
			disputes.load(past);
			made++;
			if (past.ending() == Ending.AGREED) {
				agreed++;
			}
			else if (past.ending() == Ending.FAILED) {
				failed++;
				if (past.referral() == Referral.PETITION) {
					petitionsMade++;
				}
			}
			else if (past.ending() == null) {
				open++;
			}
		}
		return "%d disputes (%d agreed, %d failed, %d referred to 信访, %d open), %d from 12345 cases".formatted(made, agreed,
				failed, petitionsMade, open, linked);
	}

	private Disputes.Past past(Kind kind, Risk risk, OrgUnit street, LocalDate today, int daysAgo, String mediator,
			CaseDirectory.History fromCase, boolean mayPetition, SplittableRandom random) {
		int variant = random.nextInt(kind.titles().length);
		Long origin = fromCase == null ? null : fromCase.id();
		String estate = ESTATES[random.nextInt(ESTATES.length)];
		String road = ROADS[random.nextInt(ROADS.length)];
		int building = 1 + random.nextInt(30);
		String address = street.name() + road + (1 + random.nextInt(300)) + "号" + estate + building + "号楼"
				+ (1 + random.nextInt(6)) + "门" + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4));
		String title = fromCase != null ? cut(fromCase.title(), 180) : estate + kind.titles()[variant];
		String story = fromCase != null ? cut(fromCase.description(), 3000) + "（经12345热线转街道，社区引导当事人申请人民调解）"
				: kind.stories()[variant] + (risk == Risk.HIGH ? "双方情绪激动，一方扬言采取过激行为，存在民转刑风险，街道报区矛调中心。" : "");
		BigDecimal amount = kind.maxAmount() == 0 ? null
				: BigDecimal.valueOf((kind.minAmount() + random.nextInt(kind.maxAmount() - kind.minAmount() + 1)) / 100 * 100L);
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(PartyRole.APPLICANT, People.name(random), People.phone(random), idNumber(random)));
		if (random.nextInt(6) == 0) {
			parties.add(new Party(PartyRole.APPLICANT, People.name(random), People.phone(random), idNumber(random)));
		}
		parties.add(new Party(PartyRole.RESPONDENT, respondent(kind, random), People.phone(random),
				kind.code().equals("PROPERTY_MGMT") || kind.code().equals("CONSUMER") || kind.code().equals("MEDICAL") ? null
						: idNumber(random)));
		LocalDate registered = today.minusDays(daysAgo);
		Instant registeredAt = at(registered, 9 + random.nextInt(7), random);
		String registrar = mediator;
		if (daysAgo == 0 && random.nextBoolean()) {
			// waits for acceptance
			return new Disputes.Past(kind.code(), title, story, amount, risk, false, address, street.code(), parties, origin,
					registrar, registeredAt, null, null, List.of(), null, null, null, null, null, null, null, null);
		}
		LocalDate accepted = registered.plusDays(random.nextInt(2));
		if (accepted.isAfter(today)) {
			accepted = today;
		}
		Instant acceptedAt = accepted.equals(registered) ? registeredAt.plus(Duration.ofHours(1)) : at(accepted, 9, random);
		int duration = 2 + random.nextInt(risk == Risk.HIGH ? 28 : 20);
		LocalDate end = registered.plusDays(duration);
		boolean underWay = !end.isBefore(today);
		List<Session> sessions = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int s = 0; s < count; s++) {
			LocalDate on = accepted.plusDays((long) s * Math.max(1, duration / count));
			if (on.isAfter(underWay ? today.minusDays(1) : end) || on.isBefore(accepted)) {
				break;
			}
			sessions.add(new Session(on, "双方当事人、调解员" + (s == 0 ? "、社区网格员" : ""), minutes(s, count, random)));
		}
		if (underWay) {
			return new Disputes.Past(kind.code(), title, story, amount, risk, false, address, street.code(), parties, origin,
					registrar, registeredAt, mediator, acceptedAt, sessions, null, null, null, null, null, null, null, null);
		}
		Instant endedAt = at(end, 15, random);
		int roll = random.nextInt(100);
		if (roll < 95) {
			LocalDate due = end.plusDays(random.nextInt(4) == 0 ? 0 : 7 + random.nextInt(24));
			Performance performance = null;
			Instant followedUpAt = null;
			if (due.plusDays(3).isBefore(today)) {
				int p = random.nextInt(100);
				performance = p < 90 ? Performance.PERFORMED : p < 97 ? Performance.PARTLY : Performance.NOT_PERFORMED;
				followedUpAt = at(due.plusDays(1 + random.nextInt(3)), 10, random);
			}
			return new Disputes.Past(kind.code(), title, story, amount, risk, false, address, street.code(), parties, origin,
					registrar, registeredAt, mediator, acceptedAt, sessions, Ending.AGREED, endedAt, null,
					kind.terms()[variant], due, performance, followedUpAt, null);
		}
		if (roll < 98) {
			boolean recent = !end.isBefore(today.minusDays(10));
			Referral referral = mayPetition && recent ? Referral.PETITION
					: kind.code().equals("LABOUR") ? Referral.ARBITRATION : Referral.COURT;
			String why = switch (referral) {
				case PETITION -> "申请人对调解方案不认可，坚持要求有关部门处理，引导其依法信访";
				case ARBITRATION -> "双方对工资数额分歧较大，告知申请人向劳动人事争议仲裁委员会申请仲裁";
				case COURT -> "被申请人拒绝调解方案，双方差距较大，告知当事人可依法向人民法院起诉";
			};
			return new Disputes.Past(kind.code(), title, story, amount, risk, false, address, street.code(), parties, origin,
					registrar, registeredAt, mediator, acceptedAt, sessions, Ending.FAILED, endedAt, why, null, null, null,
					null, referral);
		}
		Ending ending = roll < 99 ? Ending.WITHDRAWN : Ending.TERMINATED;
		String why = ending == Ending.WITHDRAWN ? "双方自行和解，申请人撤回调解申请" : "被申请人明确拒绝继续调解，已向人民法院起诉";
		return new Disputes.Past(kind.code(), title, story, amount, risk, false, address, street.code(), parties, origin,
				registrar, registeredAt, mediator, acceptedAt, sessions, ending, endedAt, why, null, null, null, null, null);
	}

	private static Kind kindOf(CaseDirectory.History c) {
		String text = c.title() + c.description();
		String code = text.contains("工资") || text.contains("欠薪") ? "LABOUR"
				: text.contains("物业") ? "PROPERTY_MGMT" : text.contains("押金") ? "LAND_HOUSING" : "NEIGHBOUR";
		return KINDS.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String minutes(int session, int count, SplittableRandom random) {
		if (session == 0) {
			return random.nextBoolean() ? "分别听取双方陈述，核实现场情况，释明相关法律规定，双方同意继续调解。"
					: "背靠背分别做工作，了解双方诉求和底线，约定下次面对面调解。";
		}
		return session == count - 1 ? "面对面调解，提出调解方案，双方就主要事项基本达成一致。" : "再次组织调解，邀请社区民警和法律顾问参加，缩小双方分歧。";
	}

	private static String respondent(Kind kind, SplittableRandom random) {
		return switch (kind.code()) {
			case "PROPERTY_MGMT" -> ESTATES[random.nextInt(ESTATES.length)].replace("小区", "") + "物业服务有限公司";
			case "CONSUMER" -> new String[] { "某健身服务有限公司", "某家居商行", "某装饰工程有限公司" }[random.nextInt(3)];
			case "MEDICAL" -> new String[] { "某社区诊所", "某口腔门诊部" }[random.nextInt(2)];
			default -> People.name(random);
		};
	}

	/** The centres' mediators: the demo accounts where there is one, others by name (no account). */
	private static List<Disputes.Mediator> roster(String centre, List<OrgUnit> streets, SplittableRandom random) {
		List<Disputes.Mediator> roster = new ArrayList<>();
		roster.add(new Disputes.Mediator("tiaojie", "许和平", centre));
		roster.add(new Disputes.Mediator("m" + centre + "-2", People.name(random), centre));
		roster.add(new Disputes.Mediator("m" + centre + "-3", People.name(random), centre));
		for (OrgUnit s : streets) {
			if (s.code().endsWith("001000")) {
				roster.add(new Disputes.Mediator("tiaojie2", "林淑芬", s.code()));
			}
			roster.add(new Disputes.Mediator("m" + s.code(), People.name(random), s.code()));
		}
		return roster;
	}

	private static String mediatorOf(List<Disputes.Mediator> roster, String centre, SplittableRandom random) {
		List<Disputes.Mediator> of = roster.stream().filter(m -> m.centreCode().equals(centre)).toList();
		return of.get(random.nextInt(of.size())).username();
	}

	/** A few recent 12345 cases about neighbours, property or wages, that a street's centre took up. */
	private List<CaseDirectory.History> neighbourlyCases(Instant since) {
		List<CaseDirectory.History> found = new ArrayList<>();
		cases.forEachHistory(h -> {
			if (found.size() < 12 && h.registeredAt().isAfter(since) && h.streetCode() != null
					&& NEIGHBOURLY.matcher(h.title() + h.description()).find()) {
				found.add(h);
			}
		});
		return found;
	}

	private static Instant at(LocalDate day, int hour, SplittableRandom random) {
		return day.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(ChinaTime.ZONE).toInstant();
	}

	/** A resident ID number of the district, with its check digit. */
	private static String idNumber(SplittableRandom random) {
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52));
		String body = "120104" + born.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}
}
