package org.zhili.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.UrbanInventory;
import org.zhili.urban.UrbanInventory.NewComponent;

/**
 * The district's 管理部件 inventory (zhili.demo.enabled): some 25,000 components along a street network laid over the
 * district — arterial 道 and 路 every third road, side streets between them, about 280 m apart and turned like the
 * old town's grid — manhole covers of every utility in the carriageway and pavements, street lamps, trees and bins
 * along the kerbs, bus shelters, signs, signals at the crossings, railings and blind paths as lines, and toilets,
 * notice boards, fitness corners, sculptures and building sites a little off the road. Owners and maintainers are the
 * utilities and offices that hold such things in Tianjin; a few percent are 破损, 丢失 or 占用, found in the last two
 * months. Deterministic for a day (seeded); loaded in bulk through {@link UrbanInventory}.
 */
@DemoComponent
class DemoComponents extends DemoPart {

	/** After the other demo parts; reads none of them. */
	private static final int PHASE = 10;

	/** Road spacing (m), the grid's turn (degrees) and the extent around the district's centre (m) roads cover. */
	private static final double SPACING = 280, TURN = 14, REACH = 8_000;
	private static final double CENTRE_LNG = 117.145, CENTRE_LAT = 39.106;

	private static final String[] MAIN_EAST_WEST = { "南马路", "南开三马路", "广开四马路", "鞍山西道", "西湖道", "黄河道",
			"长江道", "嘉陵道", "迎水道", "宾水西道", "复康路", "凌宾路", "红旗南路", "卫津南路", "天塔道", "宾水道" };
	private static final String[] MAIN_NORTH_SOUTH = { "南门外大街", "白堤路", "红旗路", "卫津路", "华苑路", "水上公园西路",
			"密云路", "咸阳路", "芥园西道", "西营门外大街", "南丰路", "士英路", "雅安道", "科研西路", "简阳路" };
	private static final String[] SIDE = { "育梁", "华宁", "长宁", "川府", "王顶堤", "龙井", "久华", "迎风", "碧荷", "万德庄",
			"三潭", "时代", "宜宾", "学府", "复兴", "华坪", "桂苑", "林苑", "鹊桥", "冶金", "航天", "金谷", "体院北", "科华" };
	private static final String[] SIDE_SUFFIX = { "路", "道", "街", "里" };

	/** Which roads a class lines. */
	private enum Roads {
		ALL, MAIN, SIDE
	}

	/**
	 * How a class is placed: every {@code every} metres along the roads it lines, {@code offset} metres from the
	 * centre line (alternating sides when {@code alternate}), a line of {@code length} metres when above 0; its
	 * owner, 主管部门 suffix ({@code null}: the class's, {@code "STREET"}: the street it is in), maintainers, and how
	 * often (per mille) it is 破损, 丢失, 占用.
	 */
	private record Plan(String classCode, Roads roads, double every, double offset, boolean alternate, double length,
			String[] owners, String manager, String[] maintainers, int damaged, int lost, int occupied) {
	}

	private static final String[] WATER = { "天津水务集团有限公司" };
	private static final String[] WATER_CARE = { "天津水务集团南开供水分公司" };
	private static final String[] DRAIN = { "天津水务集团有限公司" };
	private static final String[] DRAIN_CARE = { "南开区排水管理所" };
	private static final String[] POWER = { "国网天津市电力公司" };
	private static final String[] POWER_CARE = { "国网天津市电力公司城南供电分公司" };
	private static final String[] LIGHTS = { "南开区城市管理委员会" };
	private static final String[] LIGHTS_CARE = { "南开区路灯管理所" };
	private static final String[] TELECOM = { "中国电信股份有限公司天津分公司", "中国联合网络通信有限公司天津市分公司",
			"中国移动通信集团天津有限公司", "中国广电天津网络有限公司" };
	private static final String[] GAS = { "天津能源投资集团有限公司" };
	private static final String[] GAS_CARE = { "天津市燃气集团有限公司南开分公司" };
	private static final String[] HEAT = { "天津能源投资集团有限公司" };
	private static final String[] HEAT_CARE = { "天津市热力有限公司" };
	private static final String[] CITY = { "南开区城市管理委员会" };
	private static final String[] ROADS_CARE = { "南开区市政工程管理所" };
	private static final String[] SANITATION_CARE = { "南开区环境卫生管理所" };
	private static final String[] GREEN_CARE = { "南开区园林绿化管理所" };
	private static final String[] TRAFFIC = { "天津市公安交通管理局南开支队" };
	private static final String[] TRAFFIC_CARE = { "天津市交通设施维护中心" };
	private static final String[] BUS = { "天津市公共交通集团（控股）有限公司" };
	private static final String[] POST = { "中国邮政集团有限公司天津市南开区分公司" };
	private static final String[] NONE = { null };

	private static final List<Plan> PLANS = List.of(
			new Plan("0101", Roads.ALL, 160, 4, true, 0, WATER, null, WATER_CARE, 15, 5, 0),
			new Plan("0102", Roads.ALL, 120, 1.5, false, 0, DRAIN, null, DRAIN_CARE, 20, 5, 0),
			new Plan("0103", Roads.ALL, 90, 6.5, true, 0, DRAIN, null, DRAIN_CARE, 25, 10, 5),
			new Plan("0104", Roads.ALL, 250, 8, true, 0, POWER, null, POWER_CARE, 15, 5, 0),
			new Plan("0105", Roads.ALL, 500, 9, true, 0, LIGHTS, null, LIGHTS_CARE, 15, 5, 0),
			new Plan("0106", Roads.ALL, 250, 8.5, true, 0, TELECOM, null, TELECOM, 15, 5, 0),
			new Plan("0107", Roads.ALL, 500, 3, true, 0, GAS, null, GAS_CARE, 10, 3, 0),
			new Plan("0108", Roads.ALL, 400, 2.5, true, 0, HEAT, null, HEAT_CARE, 15, 3, 0),
			new Plan("0109", Roads.SIDE, 2_000, 7, true, 0, NONE, null, ROADS_CARE, 60, 30, 0),
			new Plan("0110", Roads.ALL, 60, 9, true, 0, LIGHTS, null, LIGHTS_CARE, 25, 0, 0),
			new Plan("0111", Roads.ALL, 450, 9.5, true, 0, WATER, "XFZ", WATER_CARE, 15, 0, 20),
			new Plan("0112", Roads.ALL, 1_000, 11, true, 0, POWER, null, POWER_CARE, 15, 0, 5),
			new Plan("0113", Roads.ALL, 1_000, 11, true, 0, TELECOM, null, TELECOM, 20, 0, 5),
			new Plan("0125", Roads.MAIN, 2_500, 12, true, 0, POST, null, POST, 30, 0, 20),
			new Plan("0126", Roads.SIDE, 1_200, 40, true, 0, NONE, "STREET", NONE, 40, 0, 0),
			new Plan("0203", Roads.MAIN, 250, 10, true, 0, BUS, null, BUS, 25, 0, 0),
			new Plan("0205", Roads.ALL, 320, 10, true, 0, TRAFFIC, null, TRAFFIC_CARE, 15, 5, 0),
			new Plan("0206", Roads.MAIN, 350, 0, false, 80, CITY, null, ROADS_CARE, 30, 0, 0),
			new Plan("0212", Roads.MAIN, 500, 8, true, 60, CITY, null, ROADS_CARE, 20, 0, 40),
			new Plan("0301", Roads.ALL, 3_500, 25, true, 0, CITY, null, SANITATION_CARE, 30, 0, 0),
			new Plan("0303", Roads.ALL, 150, 8, true, 0, CITY, null, SANITATION_CARE, 25, 10, 0),
			new Plan("0402", Roads.MAIN, 50, 8, false, 0, CITY, null, GREEN_CARE, 15, 0, 0),
			new Plan("0406", Roads.MAIN, 3_000, 30, true, 0, new String[] { "南开区文化和旅游局" }, null, GREEN_CARE, 20, 0, 0),
			new Plan("0501", Roads.SIDE, 1_000, 30, true, 0, NONE, "STREET", NONE, 30, 0, 0),
			new Plan("0602", Roads.ALL, 18_000, 80, true, 0, new String[] { "天津城建集团有限公司", "中建八局天津建设工程有限公司",
					"天津住宅建设发展集团有限公司" }, null, NONE, 60, 0, 0));

	private static final String[] SCULPTURES = { "春晖", "津门印象", "南开记忆", "和谐家园", "运河帆影", "书香南开", "晨曦",
			"奔腾", "桃李芬芳", "古文化街印记" };
	private static final String[] SITES = { "地块住宅项目", "老旧小区改造工程", "雨污分流改造工程", "学校扩建工程", "商业综合体项目",
			"地铁站出入口工程" };
	private static final String[] KIOSK = { "报刊、饮料", "报刊、公交卡充值", "报刊、彩票", "报刊、地图" };

	/** A road: its name, whether it is an arterial, and where it runs (metres, local turned frame). */
	private static final class Road {

		final String name;
		final boolean main;
		final boolean eastWest;
		final double at;
		final List<Road> crossings = new ArrayList<>();
		/** Whether the centre line is in the district, every {@value #STEP} m from -REACH: most roads leave it. */
		boolean[] inside;
		static final double STEP = 100;

		/** Whether the district may be within a step of this place on the road. */
		boolean near(double along) {
			int i = (int) Math.floor((along + REACH) / STEP);
			return i >= 0 && i + 1 < inside.length && (inside[i] || inside[i + 1]);
		}

		Road(String name, boolean main, boolean eastWest, double at) {
			this.name = name;
			this.main = main;
			this.eastWest = eastWest;
			this.at = at;
		}
	}

	private final UrbanInventory inventory;
	private final Clock clock;
	private LocalDate today;
	private final Locator locator;
	private final District district;
	private final double metresPerLng = 111_320 * Math.cos(Math.toRadians(CENTRE_LAT));
	private final double metresPerLat = 110_574;

	DemoComponents(UrbanInventory inventory, Locator locator, District district, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		super(PHASE, "components", transactions, jdbc);
		this.inventory = inventory;
		this.clock = clock;
		this.locator = locator;
		this.district = district;
	}

	@Override
	protected boolean wanted() {
		return inventory.count() == 0;
	}

	@Override
	protected String play() {
		long start = System.nanoTime();
		List<NewComponent> components = components(new Random(19_2018));
		long generated = System.nanoTime();
		int added = inventory.add(components);
		return "%d components (laid out in %d ms, checked and written in %d ms)".formatted(added,
				(generated - start) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
	}

	List<NewComponent> components(Random random) {
		today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<Road> roads = roads(random);
		List<NewComponent> result = new ArrayList<>(30_000);
		for (Plan plan : PLANS) {
			for (Road road : roads) {
				if (plan.roads() == Roads.MAIN && !road.main || plan.roads() == Roads.SIDE && road.main) {
					continue;
				}
				place(plan, road, random, result);
			}
		}
		for (Road road : roads) {
			if (road.main) {
				signals(road, random, result);
			}
		}
		return result;
	}

	/** Two families of parallel roads across the district, every third an arterial, named in order. */
	private List<Road> roads(Random random) {
		List<Road> roads = new ArrayList<>();
		int count = (int) (2 * REACH / SPACING);
		for (int family = 0; family < 2; family++) {
			boolean eastWest = family == 0;
			String[] mains = eastWest ? MAIN_EAST_WEST : MAIN_NORTH_SOUTH;
			int mainIndex = 0;
			for (int i = 0; i < count; i++) {
				double at = -REACH + i * SPACING + (random.nextDouble() - 0.5) * 80;
				boolean main = i % 3 == 1;
				String name = main ? mains[mainIndex++ % mains.length] + (mainIndex > mains.length ? "辅路" : "")
						: SIDE[(i * 7 + family * 5) % SIDE.length] + SIDE_SUFFIX[(i + family) % SIDE_SUFFIX.length];
				roads.add(new Road(name, main, eastWest, at));
			}
		}
		for (Road road : roads) {
			road.inside = new boolean[(int) (2 * REACH / Road.STEP) + 2];
			for (int i = 0; i < road.inside.length; i++) {
				double[] p = point(road, -REACH + i * Road.STEP, 0);
				road.inside[i] = locator.locate(p[0], p[1]).isPresent();
			}
		}
		for (Road a : roads) {
			for (Road b : roads) {
				if (a.eastWest != b.eastWest) {
					a.crossings.add(b);
				}
			}
		}
		return roads;
	}

	private void place(Plan plan, Road road, Random random, List<NewComponent> out) {
		double start = -REACH + random.nextDouble() * plan.every();
		int side = random.nextBoolean() ? 1 : -1;
		for (double along = start; along < REACH; along += plan.every() * (0.85 + random.nextDouble() * 0.3)) {
			if (plan.alternate()) {
				side = -side;
			}
			if (!road.near(along)) {
				continue;
			}
			double offset = side * (plan.offset() + random.nextDouble() * 1.5);
			double[] p = point(road, along, offset);
			Optional<Location> where = locator.locate(p[0], p[1]);
			if (where.isEmpty() || where.get().grid() == null) {
				continue;
			}
			List<double[]> line = null;
			if (plan.length() > 0) {
				double[] from = point(road, along - plan.length() / 2, offset);
				double[] to = point(road, along + plan.length() / 2, offset);
				if (locator.locate(from[0], from[1]).isEmpty() || locator.locate(to[0], to[1]).isEmpty()) {
					continue;
				}
				line = List.of(from, to);
			}
			out.add(component(plan, road, where.get(), p, line, random, nearestCrossing(road, along)));
		}
	}

	/** One signal at each crossing of an arterial that lies in the district. */
	private void signals(Road road, Random random, List<NewComponent> out) {
		Plan plan = new Plan("0208", Roads.MAIN, 0, 12, false, 0, TRAFFIC, null, TRAFFIC_CARE, 15, 0, 0);
		// Each crossing once: east-west arterials hold the signals of their crossings.
		if (!road.eastWest) {
			return;
		}
		for (Road other : road.crossings) {
			double[] p = point(road, other.at + 12, 12);
			Optional<Location> where = locator.locate(p[0], p[1]);
			if (where.isPresent() && where.get().grid() != null) {
				out.add(component(plan, road, where.get(), p, null, random, null));
			}
		}
	}

	private NewComponent component(Plan plan, Road road, Location where, double[] p, List<double[]> line,
			Random random, String crossing) {
		int roll = random.nextInt(1000);
		String state = roll < plan.damaged() ? "破损" : roll < plan.damaged() + plan.lost() ? "丢失"
				: roll < plan.damaged() + plan.lost() + plan.occupied() ? "占用" : "完好";
		String owner = pick(plan.owners(), random);
		String maintainer = pick(plan.maintainers(), random);
		String manager = plan.manager() == null ? null
				: plan.manager().equals("STREET") ? where.street().code() : district.unitCode(plan.manager());
		String community = where.community() == null ? "" : shortCommunity(where.community().name());
		if (owner == null && (plan.classCode().equals("0126") || plan.classCode().equals("0501"))) {
			owner = where.community() == null ? where.street().name() : where.community().name();
			maintainer = owner;
		}
		Map<String, Object> attributes = new HashMap<>();
		String name = road.name + className(plan.classCode());
		switch (plan.classCode()) {
			case "0203" -> {
				String station = crossing == null ? road.name + "站" : road.name + crossing + "口站";
				attributes.put("STATION", station);
				name = station + "公交站亭";
			}
			case "0125" -> attributes.put("BUSINESS", KIOSK[random.nextInt(KIOSK.length)]);
			case "0126" -> {
				attributes.put("EQUIPMENT", 4 + random.nextInt(12));
				name = community + "健身园";
			}
			case "0406" -> {
				String title = SCULPTURES[random.nextInt(SCULPTURES.length)];
				attributes.put("SCULPTURE", title);
				name = "雕塑《" + title + "》";
			}
			case "0602" -> {
				String site = road.name + SITES[random.nextInt(SITES.length)];
				attributes.put("SITENAME", site);
				name = site + "工地";
			}
			case "0301" -> name = road.name + "公共厕所";
			case "0501" -> name = community + "宣传栏";
			default -> {
			}
		}
		LocalDate initial = LocalDate.of(2008 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
		// A fault is recent: found on patrol in the last two months.
		LocalDate changed = state.equals("完好") ? null : today.minusDays(1 + random.nextInt(60));
		int source = random.nextInt(100);
		String dataSource = source < 80 ? "实测" : source < 95 ? "地形图" : "其它";
		return new NewComponent(plan.classCode(), name, owner, manager, maintainer, state, initial, changed, dataSource, p[0], p[1],
				line, attributes);
	}

	/** The name of the crossing road nearest along the road, for a bus stop's name ("黄河道红旗路口站"). */
	private static String nearestCrossing(Road road, double along) {
		Road nearest = null;
		for (Road other : road.crossings) {
			if (nearest == null || Math.abs(other.at - along) < Math.abs(nearest.at - along)) {
				nearest = other;
			}
		}
		return nearest == null || Math.abs(nearest.at - along) > 120 ? null : nearest.name;
	}

	private static String className(String code) {
		return switch (code) {
			case "0101" -> "上水井盖";
			case "0102" -> "污水井盖";
			case "0103" -> "雨水井盖";
			case "0104" -> "电力井盖";
			case "0105" -> "路灯井盖";
			case "0106" -> "通讯井盖";
			case "0107" -> "燃气井盖";
			case "0108" -> "热力井盖";
			case "0109" -> "无主井盖";
			case "0110" -> "路灯";
			case "0111" -> "消防栓";
			case "0112" -> "箱式变电站";
			case "0113" -> "通信交接箱";
			case "0125" -> "报刊亭";
			case "0205" -> "交通标志牌";
			case "0206" -> "道路护栏";
			case "0208" -> "路口信号灯";
			case "0212" -> "盲道";
			case "0303" -> "垃圾箱";
			case "0402" -> "行道树";
			default -> "";
		};
	}

	private static String shortCommunity(String name) {
		return name.replace("社区居委会", "社区").replace("居委会", "");
	}

	private static String pick(String[] options, Random random) {
		return options[random.nextInt(options.length)];
	}

	/** The WGS84 point {@code along} metres down the road and {@code offset} metres to its side. */
	private double[] point(Road road, double along, double offset) {
		// In the turned frame an east-west road runs along u at v = at; a north-south one along v at u = at.
		double u = road.eastWest ? along : road.at + offset;
		double v = road.eastWest ? road.at + offset : along;
		double turn = Math.toRadians(TURN);
		double x = u * Math.cos(turn) - v * Math.sin(turn);
		double y = u * Math.sin(turn) + v * Math.cos(turn);
		return new double[] { CENTRE_LNG + x / metresPerLng, CENTRE_LAT + y / metresPerLat };
	}
}
