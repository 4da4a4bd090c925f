package org.zhili.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.Actor;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.HazardCampaigns.Member;
import org.zhili.inspection.HazardCampaigns.NewHazard;
import org.zhili.inspection.HazardCampaigns.NewTeam;
import org.zhili.inspection.HazardCampaigns.Site;
import org.zhili.inspection.HazardCampaigns.SiteKind;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.inspection.Subjects;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Supervisions;

/**
 * The demo's 电动自行车充电夜查 (zhili.demo.enabled): a campaign over every community of the district and some units
 * of the subject library, led by the fire brigade, run for three weeks by four teams of three streets each; about
 * more than nine in ten sites visited at night, some thirty hazards, most fixed on the spot, a few general ones rectified
 * (one after a failed 复查), one 重大隐患 挂牌督办, rectified, re-checked on site and closed, and one still open.
 * Everything goes through the inspection module's own steps, as the people would take them; deterministic.
 */
@DemoComponent
class DemoHazardCampaign extends DemoPart {


	private static final List<String> CHECKLIST = List.of("楼道、门厅停放电动自行车", "室内或楼道充电、飞线充电",
			"集中充电设施及消防器材", "安全出口和疏散通道", "车辆及电池合规（改装、非标电池）");

	/** What teams find under each checklist item. */
	private static final String[][] FINDINGS = {
			{ "单元门厅停放电动自行车3辆，堵塞通道", "楼道内停放电动自行车，占用疏散宽度", "一层楼梯间停放电动自行车并堆放纸箱" },
			{ "住户从窗口私拉电线为电动自行车充电", "楼道内插排为电动自行车充电", "电动车电池带入室内充电" },
			{ "集中充电桩旁灭火器过期", "充电车棚未配置灭火器材", "充电设施线路老化、外露" },
			{ "安全出口上锁", "疏散通道堆放杂物", "常闭式防火门被木楔固定呈常开状态" },
			{ "电动自行车私自加装电瓶", "使用非标锂电池且外壳破损", "电池改装后无防护" } };

	private static final String MAJOR_CLOSED = "地下室违规设置电动自行车集中停放充电场所，未做防火分隔、无自动灭火设施";
	private static final String MAJOR_OPEN = "一层商铺“三合一”：住人、存放并为十余辆电动自行车充电，仅一个出口";

	private final HazardCampaigns campaigns;
	private final Rectifications rectifications;
	private final Supervisions supervisions;
	private final Subjects subjects;
	private final OrgUnits units;
	private final OrgUnitDirectory directory;
	private final District district;
	private final Clock clock;

	DemoHazardCampaign(HazardCampaigns campaigns, Rectifications rectifications, Supervisions supervisions,
			Subjects subjects, OrgUnits units, OrgUnitDirectory directory, District district, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		super(DemoStartup.HAZARD_CAMPAIGN, "hazard campaign", transactions, jdbc);
		this.campaigns = campaigns;
		this.rectifications = rectifications;
		this.supervisions = supervisions;
		this.subjects = subjects;
		this.units = units;
		this.directory = directory;
		this.district = district;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return campaigns.none();
	}

	@Override
	protected String play() {
		HazardCampaigns.Figures f = campaign();
		return "%d of %d sites checked, %d hazards (%d fixed on the spot, %d to rectify, %d major)".formatted(f.visited(),
				f.sites(), f.hazards(), f.fixedOnSpot(), f.rectifying(), f.major());
	}

	/** A visit to make: where, how many nights ago, by which team, and what is found. */
	private record Plan(Site site, int nightsAgo, int team, List<NewHazard> hazards) {
	}

	/** What happens to a hazard handed to a unit after the visit. */
	private enum Life {
		FAILED_THEN_CLOSED, CLOSED, REPORTED, OPEN, MAJOR_CLOSED, MAJOR_OPEN
	}

	private HazardCampaigns.Figures campaign() {
		Random random = new Random(2018);
		DemoActors actors = new DemoActors(units);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<OrgUnit> streets = units.streets();
		int teamCount = Math.max(1, Math.min(4, streets.size()));
		List<List<OrgUnit>> groups = new ArrayList<>();
		for (int t = 0; t < teamCount; t++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < streets.size(); i++) {
			groups.get(i * teamCount / streets.size()).add(streets.get(i));
		}
		// Each team's recorder: the grid worker of the first community of its first street (光明路's is guangminglu).
		List<Actor> recorders = new ArrayList<>();
		List<NewTeam> teams = new ArrayList<>();
		String[] numbers = { "一", "二", "三", "四" };
		for (int t = 0; t < teamCount; t++) {
			OrgUnit first = groups.get(t).get(0);
			Actor recorder = gridWorker(actors, first);
			recorders.add(recorder);
			String names = String.join("、", groups.get(t).stream().map(s -> s.name().replace("街道", "")).toList());
			teams.add(new NewTeam("第" + numbers[t] + "检查组（" + names + "）", first.code(), names + "街道",
					List.of(new Member(t == 0 ? "刘洋" : People.name(random), recorder.username()),
							new Member(People.name(random) + "（消防救援站）", null),
							new Member(People.name(random) + "（社区民警）", null))));
		}
		List<Long> chosenSubjects = subjects.matching(Subjects.Filter.all()).stream()
			.filter(s -> s.streetCode() != null).map(Subjects.Subject::id).filter(id -> id % 2 == 0).limit(40).toList();
		Actor office = actors.supervisor();
		HazardCampaigns.Campaign c = campaigns.create(new HazardCampaigns.NewCampaign(
				"电动自行车充电安全夜查专项行动", "电动自行车充电", today.minusDays(20), today.plusDays(10),
				district.unitCode("XFZ"), CHECKLIST, teams,
				new HazardCampaigns.Targets(null, chosenSubjects, List.of(), streets.stream().map(OrgUnit::code).toList(), List.of()),
				"各街道联合消防救援站、社区民警，夜间入户入社区检查电动自行车停放充电，发现隐患当场整改，不能当场整改的限期整改、复查销号。"),
				office);

		List<Plan> plans = plans(c, actors, streets, groups, random);
		Map<Long, Life> lives = new LinkedHashMap<>();
		Map<Long, Plan> planOf = new LinkedHashMap<>();
		List<Long> generals = new ArrayList<>();
		for (Plan p : plans) {
			Instant at = night(today, p.nightsAgo(), random);
			HazardCampaigns.Visit v = campaigns.recordVisit(c.id(), new HazardCampaigns.NewVisit(p.site().id(),
					c.teams().get(p.team()).id(), at, List.of(), checked(random), p.hazards().isEmpty() ? null : "已向住户宣传充电安全",
					p.hazards()), recorders.get(p.team()));
			for (HazardCampaigns.Hazard h : v.hazards()) {
				if (h.rectificationId() == null) {
					continue;
				}
				planOf.put(h.rectificationId(), p);
				if (h.severity() == Severity.MAJOR) {
					lives.put(h.rectificationId(), h.description().equals(MAJOR_OPEN) ? Life.MAJOR_OPEN : Life.MAJOR_CLOSED);
				}
				else {
					generals.add(h.rectificationId());
				}
			}
		}
		// The oldest general ones are closed (the first after a failed 复查), the latest still reported or open.
		for (int i = 0; i < generals.size(); i++) {
			int fromEnd = generals.size() - 1 - i;
			lives.put(generals.get(i), fromEnd == 0 ? Life.OPEN : fromEnd == 1 ? Life.REPORTED : i == 0 ? Life.FAILED_THEN_CLOSED : Life.CLOSED);
		}
		lives.forEach((id, life) -> live(id, life, planOf.get(id), today, actors, recorders, office, random));
		return campaigns.report(c.id(), office).figures();
	}

	/** Nine in ten sites, spread over the nights, each by its street's team; the hazards each visit finds. */
	private List<Plan> plans(HazardCampaigns.Campaign c, DemoActors actors, List<OrgUnit> streets, List<List<OrgUnit>> groups,
			Random random) {
		List<Site> sites = new ArrayList<>(campaigns.sites(c.id(), actors.supervisor()));
		String changhong = streets.get(0).code();
		String second = streets.get(Math.min(1, streets.size() - 1)).code();
		Site openMajor = sites.stream().filter(s -> s.kind() == SiteKind.AREA && changhong.equals(s.streetCode()))
			.min(Comparator.comparing(Site::unitCode)).orElseThrow();
		Site closedMajor = sites.stream().filter(s -> s.kind() == SiteKind.AREA && second.equals(s.streetCode()) && s != openMajor)
			.max(Comparator.comparing(Site::unitCode)).orElseThrow();
		List<Plan> plans = new ArrayList<>();
		int generalCount = 0;
		for (Site s : sites) {
			int team = teamOf(s.streetCode(), groups);
			if (s == openMajor) {
				plans.add(new Plan(s, 2, team, List.of(major(MAJOR_OPEN, 1))));
				continue;
			}
			if (s == closedMajor) {
				plans.add(new Plan(s, 16, team, List.of(major(MAJOR_CLOSED, 2))));
				continue;
			}
			if (random.nextInt(100) >= 92) {
				continue; // not visited yet
			}
			List<NewHazard> found = new ArrayList<>();
			int roll = random.nextInt(100);
			for (int k = 0; k < (roll < 12 ? 1 : roll < 15 ? 2 : 0); k++) {
				int item = random.nextInt(CHECKLIST.size());
				String text = FINDINGS[item][random.nextInt(FINDINGS[item].length)];
				// about one in seven cannot be fixed that night: the unit rectifies it against a deadline
				boolean onSpot = ++generalCount % 7 != 3;
				found.add(new NewHazard(text, Severity.GENERAL, CHECKLIST.get(item), onSpot, null, null));
			}
			plans.add(new Plan(s, 1 + random.nextInt(19), team, found));
		}
		plans.sort(Comparator.comparingInt(Plan::nightsAgo).reversed());
		return plans;
	}

	/** A rectification's life after the visit, as its unit and its checkers would have lived it. */
	private void live(long id, Life life, Plan p, LocalDate today, DemoActors actors, List<Actor> recorders, Actor office,
			Random random) {
		int found = p.nightsAgo();
		Rectifications.Rectification r = rectifications.get(id, office);
		Actor unit = actors.handler(r.unitCode());
		Actor team = recorders.get(p.team());
		switch (life) {
			case MAJOR_CLOSED -> {
				Supervisions.Supervision listed = supervisions.of(Rectifications.LOOP, id).get(0);
				supervisions.answered(listed.id(), unit.username(), "已制定整改方案：停用地下室充电场所，室外新建集中充电车棚，一周内完成",
						office(today, found - 1, 10, random));
				rectifications.report(id, "地下室充电场所已拆除停用，室外集中充电车棚建成投用，配置灭火器4具", unit,
						office(today, found - 9, 15, random));
				rectifications.recheck(id, new Rectifications.Recheck(true, true, "现场复查：地下室已清空，充电车棚防火分隔和灭火器材到位", null),
						office, office(today, found - 11, 10, random));
			}
			case FAILED_THEN_CLOSED -> {
				if (found < 7) {
					reported(id, unit, today, found, random);
					return;
				}
				rectifications.report(id, "已清理并张贴禁止标识", unit, office(today, found - 2, 11, random));
				rectifications.recheck(id, new Rectifications.Recheck(false, true, "复查时仍有住户在楼道充电，须落实长效管理", null), team,
						night(today, found - 3, random));
				rectifications.report(id, "已签订承诺书并安装楼道充电阻断装置", unit, office(today, found - 5, 16, random));
				rectifications.recheck(id, new Rectifications.Recheck(true, true, "复查通过：楼道无充电现象", null), team,
						night(today, found - 6, random));
			}
			case CLOSED -> {
				if (found < 5) {
					reported(id, unit, today, found, random);
					return;
				}
				rectifications.report(id, "已整改完毕，附整改前后情况说明", unit, office(today, found - 2, 14, random));
				rectifications.recheck(id, new Rectifications.Recheck(true, true, "复查通过", null), team, night(today, found - 4, random));
			}
			case REPORTED -> reported(id, unit, today, found, random);
			case OPEN, MAJOR_OPEN -> {
				// the unit is at it; its clock (and the 挂牌督办's) runs
			}
		}
	}

	private void reported(long id, Actor unit, LocalDate today, int found, Random random) {
		if (found >= 2) {
			rectifications.report(id, "已整改，请复查", unit, office(today, found - 1, 15, random));
		}
	}

	private static NewHazard major(String text, int item) {
		return new NewHazard(text, Severity.MAJOR, CHECKLIST.get(item), false, null, null);
	}

	private static List<String> checked(Random random) {
		return random.nextInt(10) < 8 ? CHECKLIST : CHECKLIST.subList(0, 4);
	}

	private static int teamOf(String streetCode, List<List<OrgUnit>> groups) {
		for (int t = 0; t < groups.size(); t++) {
			if (groups.get(t).stream().anyMatch(s -> s.code().equals(streetCode))) {
				return t;
			}
		}
		return 0;
	}

	/** The grid worker of the street's first community. */
	private Actor gridWorker(DemoActors actors, OrgUnit street) {
		OrgUnitDirectory.ScopeUnit community = directory.assignable().stream()
			.filter(u -> u.path().startsWith(street.path()) && !u.code().equals(street.code()))
			.min(Comparator.comparing(OrgUnitDirectory.ScopeUnit::code))
			.orElseThrow(() -> new IllegalStateException("no community in " + street.name()));
		return actors.gridWorker(community.code(), community.path());
	}

	/** Between 19:00 and 22:30 of a night before today. */
	private static Instant night(LocalDate today, int nightsAgo, Random random) {
		return today.minusDays(Math.max(1, nightsAgo)).atTime(LocalTime.of(19, 0)).plusMinutes(random.nextInt(210))
			.atZone(ChinaTime.ZONE).toInstant();
	}

	/** Within an office hour of a day before today. */
	private static Instant office(LocalDate today, int daysAgo, int hour, Random random) {
		return today.minusDays(Math.max(1, daysAgo)).atTime(hour, random.nextInt(60)).atZone(ChinaTime.ZONE).toInstant();
	}
}
