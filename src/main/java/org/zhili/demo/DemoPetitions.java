package org.zhili.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionHistory;
import org.zhili.petitions.PetitionHistory.Routing;
import org.zhili.petitions.PetitionKind;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionRating;
import org.zhili.petitions.Petitions;
import org.zhili.process.Links;

/**
 * The demo's year of 信访 (zhili.demo.enabled): about two hundred petitions over every street and the departments
 * they concern, each taken through the loop's own steps at the moment it happened — routed by kind, handled and
 * answered with a 意见书, rated; some still handled past their limit (the backlog a 积案 campaign takes up), a few
 * reviewed and re-reviewed, one group visit with representatives, one 检举控告 against the 城管委, two transferred
 * from the demo's 12345 cases and a few taken by the district leader. Deterministic.
 */
@DemoComponent
class DemoPetitions extends DemoPart {

	private static final int COUNT = 200;

	/** What people petition about, by the unit that answers for it: {unit suffix or "" for the street, matter}. */
	private static final String[][] MATTERS = {
			{ "", "老旧小区加装电梯协调" }, { "", "小区物业撤离后无人管理" }, { "", "楼道违建影响通行" },
			{ "", "社区停车位分配不公" }, { "", "小区二次供水水质差" }, { "ZJW", "回迁房迟迟未交付" },
			{ "ZJW", "房屋维修资金使用不透明" }, { "CGW", "夜间施工噪声扰民" }, { "CGW", "商户占道经营屡禁不止" },
			{ "CGW", "垃圾中转站异味" }, { "RSJ", "拖欠农民工工资" }, { "RSJ", "退休待遇核定有误" },
			{ "SCJ", "预付卡商家跑路" }, { "SFJ", "法律援助申请未获答复" } };

	private static final String[] PLACES = { "黄河道", "红旗南路", "复康路", "西湖道", "密云路", "长江道", "白堤路", "鞍山西道",
			"华苑路", "迎水道" };

	private final PetitionHistory history;
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoPetitions(PetitionHistory history, OrgUnits units, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(DemoStartup.PETITIONS, "petitions", transactions, jdbc);
		this.history = history;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return !history.any();
	}

	@Override
	protected String play() {
		Random random = new Random(2026_1204L);
		Instant now = clock.instant();
		OrgUnit district = units.district();
		String code = district.code();
		Actor office = actor("xinfang", Role.PETITION_OFFICER, code + "XFB");
		Actor leader = new Actor(null, "leader", Set.of(Role.LEADER), district.scope());
		List<OrgUnit> streets = units.streets();
		List<Long> led = new ArrayList<>();
		int backlog = 0, reviewed = 0;
		for (int i = 0; i < COUNT; i++) {
			Instant at = now.minus(Duration.ofDays(3 + random.nextInt(360))).minus(Duration.ofMinutes(random.nextInt(600)));
			OrgUnit street = streets.get(random.nextInt(streets.size()));
			String[] matter = MATTERS[random.nextInt(MATTERS.length)];
			String place = PLACES[random.nextInt(PLACES.length)] + (10 + random.nextInt(180)) + "号";
			String title = street.shortName() + place + matter[1];
			PetitionChannel channel = PetitionChannel.values()[random.nextInt(4)];
			Petitions.Registered reg = history.register(new Petitions.NewPetition(channel, title,
					"信访人反映：" + place + matter[1] + "，多次向有关方面反映未果，请求尽快解决（第" + (i + 1) + "件）。",
					new Petitions.Petitioner(People.name(random), People.phone(random), null), "天津市南开区" + place,
					street.code(), 1, List.of(), null), office, at);
			Instant routedAt = at.plus(Duration.ofDays(1 + random.nextInt(8)));
			if (routedAt.isAfter(now)) {
				continue;
			}
			int roll = random.nextInt(100);
			Routing routing;
			if (roll < 6) {
				routing = new Routing(PetitionKind.CLAIM, true, null, null, null, null, "已进入诉讼程序");
			}
			else if (roll < 14) {
				routing = new Routing(PetitionKind.CLAIM, false, null, null,
						roll < 10 ? "LITIGATION" : "ARBITRATION", null, null);
			}
			else if (roll < 24) {
				routing = new Routing(PetitionKind.SUGGESTION, false, null, null, null, unit(code, matter[0], street), null);
			}
			else {
				routing = new Routing(PetitionKind.CLAIM, false, null, null, null, unit(code, matter[0], street), null);
			}
			history.route(reg.id(), routing, office, routedAt);
			if (roll < 14) {
				continue;
			}
			Actor handler = actor("demo-" + routing.handlingUnit(), Role.DEPARTMENT_HANDLER,
					routing.handlingUnit() == null ? code + "ZFW" : routing.handlingUnit());
			if (roll < 6) {
				handler = actor("demo-zfw", Role.DEPARTMENT_HANDLER, code + "ZFW");
			}
			// about one in twelve is still being handled, whatever its age: the backlog
			boolean stuck = random.nextInt(12) == 0;
			Instant repliedAt = routedAt.plus(Duration.ofDays(10 + random.nextInt(random.nextInt(10) == 0 ? 70 : 45)));
			if (stuck || repliedAt.isAfter(now)) {
				if (random.nextInt(3) == 0) {
					history.note(reg.id(), "已电话联系信访人，约定现场核实时间", handler, routedAt.plus(Duration.ofDays(2)));
				}
				if (routedAt.isBefore(now.minus(Duration.ofDays(60)))) {
					backlog++;
				}
				continue;
			}
			history.note(reg.id(), "现场核实：情况基本属实，已会同社区约谈相关责任方", handler, routedAt.plus(Duration.ofDays(5)));
			PetitionOpinion opinion = PetitionOpinion.values()[random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
			history.reply(reg.id(), opinion, opinionText(opinion), handler, repliedAt);
			Instant ratedAt = repliedAt.plus(Duration.ofDays(2));
			if (ratedAt.isBefore(now) && random.nextInt(10) < 7) {
				int r = random.nextInt(10);
				history.rate(reg.id(), r < 6 ? PetitionRating.SATISFIED : r < 9 ? PetitionRating.BASICALLY_SATISFIED
						: PetitionRating.DISSATISFIED, null, ratedAt);
			}
			Instant askedAt = repliedAt.plus(Duration.ofDays(12));
			if (opinion == PetitionOpinion.REJECT && askedAt.isBefore(now) && reviewed < 8) {
				reviewed++;
				history.requestReview(reg.id(), "对处理意见不服，认为事实认定有误", askedAt);
				Instant reviewAt = askedAt.plus(Duration.ofDays(20));
				if (reviewAt.isBefore(now)) {
					history.review(reg.id(), PetitionOpinion.REJECT, "经复查，原处理意见认定事实清楚、适用政策正确，予以维持。", office, reviewAt);
					Instant again = reviewAt.plus(Duration.ofDays(10));
					if (again.isBefore(now) && reviewed % 2 == 0) {
						history.requestReview(reg.id(), "仍不服复查意见，请求复核", again);
						Instant reReviewAt = again.plus(Duration.ofDays(25));
						if (reReviewAt.isBefore(now)) {
							history.review(reg.id(), PetitionOpinion.REJECT, "经复核，维持复查意见。本事项复核终结。", office, reReviewAt);
						}
					}
				}
			}
			if (led.size() < 4 && random.nextInt(15) == 0) {
				led.add(reg.id());
			}
		}
		// A group visit: 18 residents, five representatives.
		Instant groupAt = now.minus(Duration.ofDays(20));
		OrgUnit street = streets.get(0);
		Petitions.Registered group = history.register(new Petitions.NewPetition(PetitionChannel.VISIT,
				street.shortName() + "某小区业主集体反映开发商延期交房", "18名业主集体来访，反映开发商延期交房两年、合同约定的违约金未兑现，请求协调。",
				new Petitions.Petitioner("刘建国", "13612345678", null), "天津市南开区" + street.shortName() + "某小区",
				street.code(), 18, List.of("刘建国", "王淑珍", "赵立新", "孙志强", "周桂兰"), null), office, groupAt);
		history.route(group.id(), new Routing(PetitionKind.CLAIM, false, null, null, null, code + "ZJW", "群体性诉求"), office,
				groupAt.plus(Duration.ofDays(1)));
		led.add(group.id());
		// A 检举控告 against the 城管委, handled by the 纪委监委: nobody of the 城管委 ever sees it.
		Instant accusedAt = now.minus(Duration.ofDays(30));
		Petitions.Registered accusation = history.register(new Petitions.NewPetition(PetitionChannel.LETTER,
				"反映城管执法人员收受商户好处费", "来信反映某执法中队人员长期向夜市商户收取“管理费”，对未缴纳者重复处罚，附收款记录复印件。",
				new Petitions.Petitioner("匿名商户代表", "13798765432", null), null, street.code(), 1, List.of(), null), office,
				accusedAt);
		history.route(accusation.id(), new Routing(PetitionKind.ACCUSATION, false, code + "CGW", "执法中队某队员", null, null,
				null), office, accusedAt.plus(Duration.ofDays(2)));
		// Two petitions transferred from 12345 cases.
		List<Transfer> cases = jdbc.sql("""
				select id, tracking_number, title, street_code from cases.case_record
				where street_code is not null order by registered_at desc limit 2""")
			.query((rs, n) -> new Transfer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
		for (Transfer c : cases) {
			Instant at = now.minus(Duration.ofDays(2));
			Petitions.Registered t = history.register(new Petitions.NewPetition(PetitionChannel.HOTLINE_TRANSFER,
					c.title() + "（12345多次反映未解决）", "12345热线多次反映未解决，市民要求以信访形式处理：" + c.title(),
					new Petitions.Petitioner(People.name(random), People.phone(random), null), null, c.streetCode(), 1,
					List.of(), new Links.End("case", c.id(), c.trackingNumber(), "/cases/" + c.id())), office, at);
			history.route(t.id(), new Routing(PetitionKind.CLAIM, false, null, null, null, c.streetCode(), null), office,
					at.plus(Duration.ofHours(20)));
		}
		for (long id : led) {
			try {
				history.takeLead(id, "包案领导牵头，会同承办单位研究化解方案，一月内见面接谈", leader, now.minus(Duration.ofDays(10)));
				history.leadVisit(id, "包案领导到现场接谈信访人，听取诉求并明确化解时间表", leader, now.minus(Duration.ofDays(5)));
			}
			catch (RuntimeException ended) {
				// an ended petition is not taken by a leader
			}
		}
		history.campaign("2026年度信访积案化解“清仓见底”专项行动", LocalDate.ofInstant(now, org.zhili.platform.ChinaTime.ZONE).plusDays(45),
				office, now.minus(Duration.ofDays(1)));
		return (COUNT + 2 + cases.size()) + " petitions (" + backlog + " backlogged, " + reviewed + " reviewed, " + led.size()
				+ " led by the district leader), one 积案 campaign";
	}

	private record Transfer(long id, String trackingNumber, String title, String streetCode) {
	}

	private String unit(String district, String suffix, OrgUnit street) {
		return suffix.isEmpty() ? street.code() : district + suffix;
	}

	private Actor actor(String username, Role role, String unitCode) {
		OrgUnit unit = units.find(unitCode).orElseThrow();
		return new Actor(null, username, Set.of(role), unit.scope());
	}

	private static String opinionText(PetitionOpinion opinion) {
		return switch (opinion) {
			case SUPPORT -> "经调查核实，信访人反映的问题属实，诉求合理，已责成责任单位限期整改，整改情况将书面告知信访人。";
			case EXPLAIN -> "经调查核实，相关事项已按政策办理，现就政策依据和办理情况向信访人作出解释说明。";
			case REJECT -> "经调查核实，信访人的诉求缺乏政策和法律依据，不予支持。";
		};
	}
}
