package org.zhili.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CreditCode;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Matters;
import org.zhili.inspection.Subjects;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * The demo's 一单两库 (zhili.demo.enabled), on first start and through the libraries' own steps: 2,400 market subjects
 * of the district's usual trades ({@code seed/inspection/subject_names.csv}) with valid 统一社会信用代码, points in its
 * streets and credit classes of about A 20 %, B 55 %, C 20 %, D 5 % (some moved there by a monthly classification,
 * so their pages show a history), imported as the 市场监管局 would; 62 inspectors of seven departments, a few licences
 * about to expire and one expired, ten declared conflicts; and the departments' matters with their legal bases
 * ({@code seed/inspection/matters.csv}). Every inspector has a user name (the inspection year seats them by it);
 * {@code inspector} and {@code inspector2} are the SCJ inspectors with demo accounts. Deterministic.
 */
@DemoComponent
class DemoInspectionLibraries extends DemoPart {


	private static final int SUBJECTS = 2_400;
	/** Two-character 字号 are drawn from these halves: enough distinct names for every subject. */
	private static final String BRAND_FIRST = "鸿福聚和金东德恒嘉同瑞永鑫华宏天盛佳万春锦新安仁百海吉如丰明悦顺友家众泰元利惠康博启育智优鲜四好大喜";
	private static final String BRAND_SECOND = "运满源顺鼎兴润通禾福祥盛达成和春绣华康信桥意泽珠来心谊乐泰亨民宁雅航才品丰隆昌发旺记";
	private static final String[] SPOTS = { "号", "号底商", "号一层", "号增1号", "号院内" };

	/** A department's inspectors: its code suffix, how many, their expertise and the account who registers them. */
	private record Staff(String suffix, int count, List<String> expertise, String registrar) {
	}

	private static final List<Staff> STAFF = List.of(
			new Staff("SCJ", 24, List.of("食品安全", "药品监管", "特种设备", "价格监督", "广告监管", "产品质量"), "shichang"),
			new Staff("YJJ", 8, List.of("安全生产", "危险化学品", "应急救援"), "demo-yjj"),
			new Staff("STJ", 7, List.of("大气污染防治", "水污染防治", "噪声污染防治", "固体废物"), "demo-stj"),
			new Staff("WJW", 7, List.of("公共场所卫生", "生活饮用水卫生", "医疗卫生"), "demo-wjw"),
			new Staff("SWJ", 5, List.of("商贸流通", "预付卡管理"), "demo-swj"),
			new Staff("WLJ", 5, List.of("文化市场", "旅游市场"), "demo-wlj"),
			new Staff("CGW", 6, List.of("市容环境", "燃气安全", "户外广告"), "chengguan"));
	/** The SCJ inspectors with demo accounts (DemoAccounts): the first two registered, with these names. */
	private static final List<String[]> ACCOUNT_INSPECTORS = List.of(new String[] { "inspector", "马俊杰" },
			new String[] { "inspector2", "刘思远" });

	/** A line of subject_names.csv: an industry's kind of business and how often it occurs. */
	private record NamePattern(String industry, int weight, Subjects.Kind kind, String template) {
	}

	private final Subjects subjects;
	private final Inspectors inspectors;
	private final Matters matters;
	private final DemoPlaces places;
	private final OrgUnits units;
	private final District district;
	private final Clock clock;

	DemoInspectionLibraries(Subjects subjects, Inspectors inspectors, Matters matters, DemoPlaces places, OrgUnits units,
			District district, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(DemoStartup.INSPECTION_LIBRARIES, "inspection libraries", transactions, jdbc);
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.matters = matters;
		this.places = places;
		this.units = units;
		this.district = district;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return matters.list(null).isEmpty();
	}

	@Override
	protected String play() {
		Random random = new Random(2026_0312L);
		int matterCount = matters();
		List<Subjects.Subject> all = subjects(random);
		int inspectorCount = inspectors(all, random);
		return "%d subjects, %d inspectors, %d matters".formatted(all.size(), inspectorCount, matterCount);
	}

	private int matters() {
		List<CSVRecord> rows = csv("matters.csv");
		for (CSVRecord r : rows) {
			Actor department = department(r.get("department"), null);
			matters.register(new Matters.NewMatter(district.unitCode(r.get("department")), r.get("code"), r.get("name"),
					r.get("legal_basis"), r.get("subject_scope"), items(r.get("industries")),
					Matters.Method.valueOf(r.get("method")), Boolean.parseBoolean(r.get("key")), items(r.get("checklist"))),
					department);
		}
		return rows.size();
	}

	/** The subjects, imported at once; then a monthly classification moves some of them (their pages show it). */
	private List<Subjects.Subject> subjects(Random random) {
		List<NamePattern> patterns = csv("subject_names.csv").stream()
			.map(r -> new NamePattern(r.get("industry"), Integer.parseInt(r.get("weight")),
					Subjects.Kind.valueOf(r.get("kind")), r.get("template")))
			.toList();
		int totalWeight = patterns.stream().mapToInt(NamePattern::weight).sum();
		SplittableRandom where = new SplittableRandom(2026_0312L);
		Set<String> names = new HashSet<>();
		Set<String> codes = new HashSet<>();
		List<Subjects.NewSubject> list = new ArrayList<>(SUBJECTS);
		Map<String, CreditClass> classified = new HashMap<>();
		for (int i = 0; i < SUBJECTS; i++) {
			NamePattern p = pick(patterns, totalWeight, random);
			String name = uniqueName(p.template(), names, random);
			DemoPlaces.Point point = places.anywhere(where);
			CreditClass target = creditClass(random);
			String code = creditCode(p.kind(), codes, random);
			classified.put(code, target);
			// C and D subjects first stood in B; the monthly classification below moves every fourth of them.
			boolean moved = (target == CreditClass.C || target == CreditClass.D) && i % 4 == 0;
			list.add(new Subjects.NewSubject(code, name, p.kind(),
					address(point.location(), random), DemoPlaces.round6(point.lngLat()[0]),
					DemoPlaces.round6(point.lngLat()[1]), p.industry(), scale(p.kind(), random), tags(p, random),
					moved ? CreditClass.B : target));
		}
		Actor scj = department("SCJ", "shichang");
		subjects.importAll(list, scj);
		Instant now = clock.instant();
		for (Subjects.Subject s : subjects.matching(Subjects.Filter.all())) {
			CreditClass target = classified.get(s.creditCode());
			if (target != null && s.creditClass() != target) {
				Instant at = now.minus(Duration.ofDays(15 + random.nextInt(150)));
				subjects.changeClass(s.id(), target, "MONTHLY",
						"市场监管部门月度信用风险分类结果：" + (target == CreditClass.D ? "存在严重违法失信行为，列为高风险" : "近一年内受到行政处罚，风险上升"),
						"classification", null, "shichang", at);
			}
		}
		return subjects.matching(Subjects.Filter.all());
	}

	private int inspectors(List<Subjects.Subject> all, Random random) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		Set<String> names = new HashSet<>();
		List<Inspectors.Inspector> registered = new ArrayList<>();
		int n = 0;
		for (int d = 0; d < STAFF.size(); d++) {
			Staff staff = STAFF.get(d);
			Actor registrar = department(staff.suffix(), staff.registrar());
			for (int k = 1; k <= staff.count(); k++, n++) {
				boolean account = staff.suffix().equals("SCJ") && k <= ACCOUNT_INSPECTORS.size();
				String name = account ? ACCOUNT_INSPECTORS.get(k - 1)[1] : uniquePerson(names, random);
				String username = account ? ACCOUNT_INSPECTORS.get(k - 1)[0]
						: staff.suffix().toLowerCase(java.util.Locale.ROOT) + "%02d".formatted(k);
				// A few licences need renewing soon (every 20th) and one has lapsed: the library marks them.
				LocalDate expires = n == 7 ? today.minusDays(12)
						: n % 20 == 5 ? today.plusDays(4 + n % 23)
						: today.plusDays(200 + random.nextInt(1_200));
				List<String> expertise = new ArrayList<>(staff.expertise());
				java.util.Collections.shuffle(expertise, random);
				registered.add(inspectors.register(new Inspectors.NewInspector(name, district.unitCode(staff.suffix()),
						"%s%02d%04d".formatted(district.code(), d + 1, 1000 + k), expires,
						expertise.subList(0, 1 + random.nextInt(Math.min(2, expertise.size()))), username), registrar));
			}
		}
		conflicts(registered, all, random);
		return registered.size();
	}

	/** Ten declared conflicts: a relative's shop, a former employer, a business interest. */
	private void conflicts(List<Inspectors.Inspector> registered, List<Subjects.Subject> all, Random random) {
		String[][] declared = { { "RELATIVE", "配偶经营" }, { "FORMER_EMPLOYER", "曾在该单位任职" }, { "INTEREST", "存在经济往来" },
				{ "RELATIVE", "亲属任该企业负责人" }, { "OTHER", "曾参与该单位的行政许可审查" } };
		for (int i = 0; i < 10; i++) {
			Inspectors.Inspector inspector = registered.get((i * 7 + 3) % registered.size());
			Subjects.Subject subject = all.get(random.nextInt(all.size()));
			String[] why = declared[i % declared.length];
			inspectors.declareConflict(inspector.id(), new Inspectors.Conflict(subject.creditCode(),
					Inspectors.ConflictKind.valueOf(why[0]), why[1]),
					department(inspector.departmentCode().substring(district.code().length()), null));
		}
	}

	/**
	 * A valid 统一社会信用代码 of the district: registration authority 9 (市场监管) with kind 1 (enterprise) or 2
	 * (个体工商户), or 5-2 (民办非企业单位); the division code; an organisation code with its GB 11714 check character;
	 * the check character over all 17.
	 */
	private String creditCode(Subjects.Kind kind, Set<String> taken, Random random) {
		String head = switch (kind) {
			case ENTERPRISE -> "91";
			case INDIVIDUAL -> "92";
			case OTHER -> "52";
		};
		while (true) {
			String organisation = "MA" + "%06d".formatted(random.nextInt(1_000_000));
			String code = CreditCode.compose(head, district.code(), organisation);
			if (taken.add(code)) {
				return code;
			}
		}
	}

	private static CreditClass creditClass(Random random) {
		int roll = random.nextInt(100);
		return roll < 20 ? CreditClass.A : roll < 75 ? CreditClass.B : roll < 95 ? CreditClass.C : CreditClass.D;
	}

	private static Subjects.Scale scale(Subjects.Kind kind, Random random) {
		int roll = random.nextInt(100);
		if (kind == Subjects.Kind.INDIVIDUAL) {
			return roll < 85 ? Subjects.Scale.MICRO : Subjects.Scale.SMALL;
		}
		return roll < 20 ? Subjects.Scale.MICRO : roll < 78 ? Subjects.Scale.SMALL : roll < 95 ? Subjects.Scale.MEDIUM
				: Subjects.Scale.LARGE;
	}

	/** 重点监管 on about one in twenty; food near schools and chain pharmacies say so. */
	private static List<String> tags(NamePattern p, Random random) {
		List<String> tags = new ArrayList<>();
		if (random.nextInt(100) < 5) {
			tags.add("重点监管");
		}
		if ((p.industry().equals("餐饮") || p.industry().equals("食品销售")) && random.nextInt(100) < 4) {
			tags.add("学校周边");
		}
		if (p.template().contains("连锁") || p.industry().equals("商场超市") && random.nextBoolean()) {
			tags.add("连锁经营");
		}
		return tags;
	}

	private String address(Location l, Random random) {
		String community = l.community().name().replace("社区居委会", "社区").replace("居委会", "");
		return district.name() + l.street().name() + community + (1 + random.nextInt(120)) + SPOTS[random.nextInt(SPOTS.length)];
	}

	private static String uniqueName(String template, Set<String> names, Random random) {
		for (int attempt = 0;; attempt++) {
			String brand = "" + BRAND_FIRST.charAt(random.nextInt(BRAND_FIRST.length()))
					+ BRAND_SECOND.charAt(random.nextInt(BRAND_SECOND.length()));
			String name = template.replace("{brand}", attempt < 20 ? brand : brand + (attempt - 18) + "号");
			if (names.add(name)) {
				return name;
			}
		}
	}

	private static String uniquePerson(Set<String> names, Random random) {
		while (true) {
			String name = People.name(random);
			if (names.add(name) && ACCOUNT_INSPECTORS.stream().noneMatch(a -> a[1].equals(name))) {
				return name;
			}
		}
	}

	private static NamePattern pick(List<NamePattern> patterns, int totalWeight, Random random) {
		int roll = random.nextInt(totalWeight);
		for (NamePattern p : patterns) {
			roll -= p.weight();
			if (roll < 0) {
				return p;
			}
		}
		return patterns.get(patterns.size() - 1);
	}

	/** A department's handler, as an actor of that department (a demo account where there is one). */
	private Actor department(String suffix, String username) {
		String code = district.unitCode(suffix);
		String who = username != null ? username : suffix.equals("SCJ") ? "shichang" : suffix.equals("CGW") ? "chengguan"
				: "demo-" + suffix.toLowerCase(java.util.Locale.ROOT);
		return new Actor(null, who, Set.of(Role.DEPARTMENT_HANDLER), units.find(code).orElseThrow().scope());
	}

	private static List<String> items(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\\|")).map(String::strip).toList();
	}

	private static List<CSVRecord> csv(String file) {
		InputStream in = DemoInspectionLibraries.class.getResourceAsStream("/seed/inspection/" + file);
		if (in == null) {
			throw new IllegalStateException("missing seed/inspection/" + file);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
