package org.zhili.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;
import org.zhili.org.OrgUnits;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.GridWork;

/**
 * 网格员: a roster for every grid of the district — the demo account guangminglu (刘洋) on every grid of 光明路社区,
 * generated workers (each on about three neighbouring grids) elsewhere — and the 九全 ledger of 光明路社区's grids and of
 * a few grids in other communities and streets: buildings, households, key persons (独居老人, tenants, people needing
 * care) and places (出租屋, 商铺, 九小场所), with four months of visits, some planned visits still due, some late.
 */
@DemoComponent
class DemoGridWork extends DemoPart {

	static final int PHASE = 12;

	/** Communities (after the district's code) whose first grids get a ledger too, so every level of coverage shows. */
	private static final List<String> OTHER_LEDGERS = List.of("001002", "001003", "002001", "003001");

	private static final String[] ROADS = { "光明路", "长江道", "南丰路", "黄河道", "西湖道", "鞍山西道", "咸阳路", "华坪路",
			"白堤路", "红旗南路", "阜新道", "复康路" };
	private static final String[] ESTATES = { "光明里", "长虹里", "南丰里", "西湖村", "黄河里", "红旗里", "咸阳里", "华宁里",
			"白堤里", "复康里" };
	private static final String[] SHOPS = { "便民超市", "早点铺", "修鞋配钥匙", "水果店", "药店", "理发店", "五金店", "快递驿站" };
	private static final Map<String, String[]> NINE_SMALL = new LinkedHashMap<>();
	static {
		NINE_SMALL.put("SMALL_RESTAURANT", new String[] { "家常菜馆", "拉面馆", "包子铺", "烧烤店" });
		NINE_SMALL.put("SMALL_HOTEL", new String[] { "快捷宾馆", "家庭旅馆" });
		NINE_SMALL.put("SMALL_SHOP", new String[] { "烟酒副食", "日杂商店" });
		NINE_SMALL.put("SMALL_WORKSHOP", new String[] { "服装加工坊", "糕点作坊" });
		NINE_SMALL.put("SMALL_SCHOOL", new String[] { "少儿美术培训", "托管班" });
		NINE_SMALL.put("SMALL_CLINIC", new String[] { "社区诊所", "口腔诊所" });
		NINE_SMALL.put("SMALL_HAIRDRESSER", new String[] { "美容美发", "足疗店" });
		NINE_SMALL.put("SMALL_NET_BAR", new String[] { "网咖" });
		NINE_SMALL.put("SMALL_ENTERTAINMENT", new String[] { "棋牌室", "KTV" });
	}
	private static final String[] HOUSEHOLD_FINDINGS = { "入户核对人口信息，无变化", "住户在家，家庭情况稳定，无诉求",
			"宣传燃气安全，检查燃气软管在使用年限内", "提醒住户楼道内不要堆放杂物", "住户反映楼上偶有噪音，已做劝导沟通",
			"宣传电信诈骗防范知识，发放宣传单", "核实新生儿落户情况，已更新台账", "住户外出，电话联系确认情况正常" };
	private static final String[] ELDERLY_FINDINGS = { "老人身体状况良好，家中水电气正常", "老人血压偏高，已提醒按时服药并联系子女",
			"帮助老人预约社区助餐服务", "老人独自在家，陪同聊天，精神状态不错", "检查紧急呼叫器电池，工作正常",
			"老人反映腿脚不便，已登记上门助浴需求" };
	private static final String[] TENANT_FINDINGS = { "租户信息已登记，居住证在有效期内", "新租户入住，已登记身份信息并签安全告知书",
			"租户已搬离，台账待房东确认后注销", "出租屋内无群租，消防器材齐全" };
	private static final String[] PLACE_FINDINGS = { "灭火器在有效期内，疏散通道畅通", "店内电线敷设规范，无私拉乱接",
			"提醒店主营业执照需年报", "后厨液化气瓶存放规范，已张贴安全提示", "门前三包落实到位" };
	private static final String[] PROBLEMS = { "楼道声控灯损坏，夜间无照明", "单元门禁损坏无法关闭", "楼顶防水层破损，顶层住户家中漏雨",
			"楼道内电动自行车充电，存在火灾隐患", "化粪池井盖破损，有坠落风险", "疏散通道被杂物堵塞", "灭火器过期未更换" };

	private final GridWork gridWork;
	private final District district;
	private final Locator locator;
	private final OrgUnits units;
	private final Clock clock;

	DemoGridWork(GridWork gridWork, District district, Locator locator, OrgUnits units, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		super(PHASE, "grid work", transactions, jdbc);
		this.gridWork = gridWork;
		this.district = district;
		this.locator = locator;
		this.units = units;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return gridWork.empty();
	}

	/** A grid of the org tree with its bounding box ({@code null} where it has no polygon). */
	record Grid(String code, String community, Locator.Extent extent) {
	}

	@Override
	protected String play() {
		SplittableRandom random = new SplittableRandom(1919);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<Grid> grids = units.below(district.code(), UnitLevel.GRID).stream()
			.sorted(Comparator.comparing(OrgUnit::code))
			.map(u -> new Grid(u.code(), u.parentCode(), locator.extent(u.code()).orElse(null)))
			.toList();
		String guangminglu = district.unitCode("001001");
		List<GridWork.Worker> roster = new ArrayList<>();
		Map<String, String> workerOf = new LinkedHashMap<>();
		Map<String, List<Grid>> byCommunity = new LinkedHashMap<>();
		grids.forEach(g -> byCommunity.computeIfAbsent(g.community(), c -> new ArrayList<>()).add(g));
		for (Map.Entry<String, List<Grid>> e : byCommunity.entrySet()) {
			List<Grid> own = e.getValue();
			if (e.getKey().equals(guangminglu)) {
				for (Grid g : own) {
					roster.add(new GridWork.Worker("guangminglu", "刘洋", "13820000005", g.code(), today.minusYears(2).withDayOfMonth(1)));
					workerOf.put(g.code(), "guangminglu");
				}
				continue;
			}
			// Elsewhere one worker looks after about three neighbouring grids; their usernames name no account.
			for (int i = 0; i < own.size(); i += 3) {
				String username = "wgy" + e.getKey().substring(district.code().length()) + "-" + (i / 3 + 1);
				String name = People.name(random);
				String phone = mobile(random);
				LocalDate since = today.minusDays(60 + random.nextInt(1000));
				for (Grid g : own.subList(i, Math.min(i + 3, own.size()))) {
					roster.add(new GridWork.Worker(username, name, phone, g.code(), since));
					workerOf.put(g.code(), username);
				}
			}
		}

		List<Grid> ledgerGrids = new ArrayList<>(byCommunity.getOrDefault(guangminglu, List.of()));
		for (String suffix : OTHER_LEDGERS) {
			List<Grid> own = byCommunity.getOrDefault(district.unitCode(suffix), List.of());
			ledgerGrids.addAll(own.subList(0, Math.min(2, own.size())));
		}
		List<GridWork.Building> buildings = new ArrayList<>();
		int road = 0;
		for (Grid g : ledgerGrids) {
			// Each grid has its own coverage habit, so the map shows differences: from about half to nearly all.
			double diligence = 0.5 + random.nextDouble() * 0.48;
			String worker = workerOf.get(g.code());
			int count = 5 + random.nextInt(5);
			String roadName = ROADS[road % ROADS.length];
			String estate = ESTATES[road % ESTATES.length];
			int number = 10 + 2 * random.nextInt(80);
			road++;
			for (int b = 1; b <= count; b++) {
				String address = roadName + number + "号" + estate + b + "号楼";
				double[] point = point(g, random);
				int floors = 5 + random.nextInt(3);
				buildings.add(new GridWork.Building(g.code(), address, floors, point == null ? null : point[0],
						point == null ? null : point[1], households(random, worker, floors, diligence, today),
						places(random, worker, estate, b, diligence, today)));
			}
		}
		GridWork.Loaded loaded = gridWork.load(roster, buildings, "demo", clock.instant());
		return loaded.workers() + " roster entries, " + loaded.buildings() + " buildings, " + loaded.households()
				+ " households, " + loaded.persons() + " key persons, " + loaded.places() + " places, " + loaded.visits()
				+ " visits";
	}

	private List<GridWork.Household> households(SplittableRandom random, String worker, int floors, double diligence,
			LocalDate today) {
		List<GridWork.Household> households = new ArrayList<>();
		int units = 1 + random.nextInt(3);
		for (int u = 1; u <= units; u++) {
			for (int f = 1; f <= floors; f++) {
				if (random.nextInt(100) < 45) {
					continue;
				}
				String room = u + "门" + f + "0" + (1 + random.nextInt(2));
				int roll = random.nextInt(100);
				String tenure = roll < 72 ? "OWNED" : roll < 94 ? "RENTED" : "VACANT";
				List<GridWork.KeyPerson> persons = new ArrayList<>();
				String head = People.name(random);
				int headBirth = 1950 + random.nextInt(50);
				int members = tenure.equals("VACANT") ? 0 : 1 + random.nextInt(4);
				if (tenure.equals("OWNED") && random.nextInt(100) < 14) {
					headBirth = 1932 + random.nextInt(20);
					members = 1;
					persons.add(new GridWork.KeyPerson("ELDERLY_ALONE", head, phoneOrNone(random), idNumber(random, headBirth),
							headBirth, random.nextInt(3) == 0 ? "子女在外地，每周电话联系" : null,
							plannedVisits(random, worker, "独居老人定期探访", ELDERLY_FINDINGS, 2, diligence, today)));
				}
				else if (tenure.equals("RENTED")) {
					int tenants = 1 + random.nextInt(2);
					for (int t = 0; t < tenants; t++) {
						int birth = 1975 + random.nextInt(30);
						persons.add(new GridWork.KeyPerson("TENANT", People.name(random), mobile(random),
								idNumber(random, birth), birth, null,
								plannedVisits(random, worker, "出租房租户核查", TENANT_FINDINGS, 1, diligence, today)));
					}
				}
				else if (!tenure.equals("VACANT") && random.nextInt(100) < 5) {
					String kind = switch (random.nextInt(3)) {
						case 0 -> "DISABLED";
						case 1 -> "HARDSHIP";
						default -> "CARE";
					};
					int birth = 1945 + random.nextInt(50);
					persons.add(new GridWork.KeyPerson(kind, People.name(random), phoneOrNone(random), idNumber(random, birth),
							birth, null, plannedVisits(random, worker, "关爱走访", ELDERLY_FINDINGS, 1, diligence, today)));
				}
				households.add(new GridWork.Household(room, head, mobile(random), idNumber(random, headBirth), members, tenure,
						persons, tenure.equals("VACANT") ? List.of() : householdVisits(random, worker, diligence, today)));
			}
		}
		return households;
	}

	private List<GridWork.Place> places(SplittableRandom random, String worker, String estate, int building,
			double diligence, LocalDate today) {
		List<GridWork.Place> places = new ArrayList<>();
		if (random.nextInt(100) < 35) {
			String kind;
			String name;
			if (random.nextBoolean()) {
				kind = "SHOP";
				name = estate + SHOPS[random.nextInt(SHOPS.length)];
			}
			else {
				List<String> kinds = new ArrayList<>(NINE_SMALL.keySet());
				kind = kinds.get(random.nextInt(kinds.size()));
				String[] names = NINE_SMALL.get(kind);
				name = People.name(random).substring(0, 1) + "记" + names[random.nextInt(names.length)];
			}
			places.add(new GridWork.Place(kind, name, People.name(random), mobile(random), "底商 " + building + "号楼",
					plannedVisits(random, worker, "场所安全检查", PLACE_FINDINGS, 1, diligence, today)));
		}
		if (random.nextInt(100) < 15) {
			places.add(new GridWork.Place("RENTED_ROOM", estate + building + "号楼合租房", People.name(random), mobile(random),
					"房东登记出租", plannedVisits(random, worker, "出租屋安全检查", TENANT_FINDINGS, 1, diligence, today)));
		}
		return places;
	}

	/** Visits to a household: at most one a month, found at home with the grid's diligence, over four months. */
	private List<GridWork.Visit> householdVisits(SplittableRandom random, String worker, double diligence, LocalDate today) {
		List<GridWork.Visit> visits = new ArrayList<>();
		YearMonth now = YearMonth.from(today);
		for (int back = 3; back >= 0; back--) {
			YearMonth month = now.minusMonths(back);
			int lastDay = back == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
			double chance = back == 0 ? diligence * lastDay / month.lengthOfMonth() : diligence;
			if (random.nextDouble() < chance) {
				LocalDate day = workday(month.atDay(1 + random.nextInt(lastDay)), today);
				boolean problem = random.nextInt(100) < 3;
				visits.add(new GridWork.Visit(worker, null, null, at(day, random),
						problem ? PROBLEMS[random.nextInt(PROBLEMS.length)] : HOUSEHOLD_FINDINGS[random.nextInt(HOUSEHOLD_FINDINGS.length)],
						problem));
			}
		}
		return visits;
	}

	/**
	 * Planned visits, {@code perMonth} a month over four months and the next week: most done on their day or before,
	 * the others late, by days or by a week or two (those of the last fortnight may still be overdue); those due from
	 * today on still to do.
	 */
	private List<GridWork.Visit> plannedVisits(SplittableRandom random, String worker, String purpose, String[] findings,
			int perMonth, double diligence, LocalDate today) {
		List<GridWork.Visit> visits = new ArrayList<>();
		YearMonth now = YearMonth.from(today);
		for (int back = 3; back >= 0; back--) {
			YearMonth month = now.minusMonths(back);
			for (int k = 0; k < perMonth; k++) {
				int day = perMonth == 1 ? 8 + random.nextInt(18) : k == 0 ? 5 + random.nextInt(8) : 18 + random.nextInt(8);
				LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
				if (due.isAfter(today.plusDays(6))) {
					continue;
				}
				if (!due.isBefore(today)) {
					visits.add(new GridWork.Visit(worker, due, purpose, null, null, false));
					continue;
				}
				double roll = random.nextDouble();
				if (roll < diligence) {
					LocalDate done = workday(due.minusDays(random.nextInt(3)), due);
					visits.add(new GridWork.Visit(worker, due, purpose, at(done, random), findings[random.nextInt(findings.length)],
							false));
				}
				else {
					// Late: a few days after, or (the rest) a week or two; those still ahead are overdue today.
					LocalDate done = roll < diligence + (1 - diligence) * 0.7 ? due.plusDays(1 + random.nextInt(6))
							: due.plusDays(7 + random.nextInt(8));
					visits.add(done.isBefore(today)
							? new GridWork.Visit(worker, due, purpose, at(done, random), findings[random.nextInt(findings.length)], false)
							: new GridWork.Visit(worker, due, purpose, null, null, false));
				}
			}
		}
		return visits;
	}

	/** The day, or the Friday before it when it falls on a weekend, never after {@code latest}. */
	private static LocalDate workday(LocalDate day, LocalDate latest) {
		LocalDate d = day.isAfter(latest) ? latest : day;
		if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
			d = d.minusDays(1);
		}
		else if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.minusDays(2);
		}
		return d;
	}

	/** A time of day a grid worker calls: 9:00–11:30 or 14:30–17:30. */
	private Instant at(LocalDate day, SplittableRandom random) {
		LocalTime time = random.nextBoolean() ? LocalTime.of(9, 0).plusMinutes(random.nextInt(150))
				: LocalTime.of(14, 30).plusMinutes(random.nextInt(180));
		Instant at = day.atTime(time).atZone(ChinaTime.ZONE).toInstant();
		Instant now = clock.instant();
		return at.isAfter(now) ? now.minusSeconds(600 + random.nextInt(3600)) : at;
	}

	/** A point inside the grid (the locator agrees), or null when none is found quickly. */
	private double[] point(Grid g, SplittableRandom random) {
		Locator.Extent e = g.extent();
		if (e == null) {
			return null;
		}
		for (int attempt = 0; attempt < 12; attempt++) {
			double lng = e.minLng() + random.nextDouble() * (e.maxLng() - e.minLng());
			double lat = e.minLat() + random.nextDouble() * (e.maxLat() - e.minLat());
			Optional<Location> at = locator.locate(lng, lat);
			if (at.isPresent() && at.get().grid() != null && at.get().grid().code().equals(g.code())) {
				return new double[] { DemoPlaces.round6(lng), DemoPlaces.round6(lat) };
			}
		}
		return null;
	}

	private static String mobile(SplittableRandom random) {
		return People.phone(random);
	}

	private static String phoneOrNone(SplittableRandom random) {
		return random.nextInt(5) == 0 ? null : mobile(random);
	}

	/** A resident ID number (GB 11643) of the district with a valid check digit. */
	private String idNumber(SplittableRandom random, int birthYear) {
		LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
		String body = district.code() + birth.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}
}
