package org.zhili.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseDirectory;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.UrbanCases.Past;
import org.zhili.urban.UrbanCases.Source;

/**
 * The demo's year of 数字城管 (zhili.demo.enabled): twenty 监督员 (jdy01…jdy20) patrolling the streets, and
 * jianduyuan on 长虹街; some eight thousand cases over the last twelve months — mostly the supervisors' own reports,
 * some public reports they verified (a few false), most handled in time, some late at one stage or another, some
 * sent back for rework or returned as misdispatched, a few postponed, suspended or voided — and some thirty still
 * open at every stage, their clocks running (a few already late, so 督办 follows). Loaded in bulk through the urban
 * module's history; deterministic for a day.
 */
@DemoComponent
class DemoUrbanCases extends DemoPart {

	/** After the components' demo (phase 10), which this part does not need. */
	static final int PHASE = 11;

	private static final int YEAR_CASES = 8000, SUPERVISORS = 20;

	/** The timelines of the last two months' cases are written step by step (older ones show their stages). */
	private static final int TIMELINE_DAYS = 61;

	private static final int HOTLINE_LINKS = 4;

	private static final String CHANGHONG = "120104001000";

	/** A class the demo reports, how often, and what a report of it says (%s the place, %d a measure). */
	private record Kind(String kind, String code, int weight, String[] texts) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("EVENT", "0102", 12, new String[] { "%s路边暴露垃圾约%d平方米，有异味", "%s绿化带内堆有生活垃圾约%d平方米",
					"%s垃圾桶旁散落垃圾约%d平方米未清运" }),
			new Kind("EVENT", "0201", 10, new String[] { "%s墙面张贴非法小广告%d处", "%s电线杆上喷涂办证小广告%d处",
					"%s楼道口粘贴开锁小广告%d张" }),
			new Kind("EVENT", "0504", 9, new String[] { "%s人行道共享单车乱停放约%d辆，阻碍通行", "%s公交站旁电动车乱停约%d辆" }),
			new Kind("EVENT", "0502", 8, new String[] { "%s商户店外摆放货架占道约%d米", "%s水果店在店外摆摊占用人行道约%d米" }),
			new Kind("EVENT", "0503", 6, new String[] { "%s机动车占用人行道停放%d辆", "%s消防通道被%d辆机动车占用" }),
			new Kind("EVENT", "0107", 6, new String[] { "%s楼旁乱堆装修材料约%d立方米", "%s空地堆放废旧家具约%d件" }),
			new Kind("EVENT", "0104", 5, new String[] { "%s路面油渍污染长约%d米", "%s人行道散落杂物约%d米" }),
			new Kind("EVENT", "0501", 5, new String[] { "%s有流动摊贩%d处占道经营", "%s路口早市游商%d处" }),
			new Kind("EVENT", "0303", 3, new String[] { "%s渣土车遗撒长约%d米" }),
			new Kind("EVENT", "0304", 2, new String[] { "%s施工围挡超范围占道约%d米，未设警示" }),
			new Kind("EVENT", "0404", 3, new String[] { "%s下水道堵塞，污水外溢约%d平方米" }),
			new Kind("EVENT", "0508", 3, new String[] { "%s夜间露天烧烤%d处，油烟扰民" }),
			new Kind("EVENT", "0106", 3, new String[] { "%s绿地内垃圾杂物明显，约%d平方米" }),
			new Kind("COMPONENT", "0101", 4, new String[] { "%s上水井盖破损，缺口约%d厘米", "%s上水井盖松动移位约%d厘米" }),
			new Kind("COMPONENT", "0103", 4, new String[] { "%s雨水篦子缺失%d个" }),
			new Kind("COMPONENT", "0110", 6, new String[] { "%s路灯%d盏夜间不亮", "%s路灯灯杆倾斜，灯具损坏%d处" }),
			new Kind("COMPONENT", "0303", 5, new String[] { "%s垃圾箱破损%d个", "%s垃圾箱满溢%d个未清运" }),
			new Kind("COMPONENT", "0206", 3, new String[] { "%s道路护栏断裂约%d米" }),
			new Kind("COMPONENT", "0212", 3, new String[] { "%s盲道砖缺失%d块", "%s盲道被占用约%d米" }),
			new Kind("COMPONENT", "0402", 3, new String[] { "%s行道树断枝%d处悬挂", "%s行道树树穴缺损%d处" }),
			new Kind("COMPONENT", "0205", 2, new String[] { "%s交通标志牌倾倒%d块" }),
			new Kind("COMPONENT", "0126", 2, new String[] { "%s健身器材松动%d件，存在安全隐患" }));

	private static final String[] CHIEFS = { "zhibanzhang", "zbz02", "zbz03" };
	private static final String[] DISPATCHERS = { "chengguanpq", "pqy02" };

	private final UrbanCases urban;
	private final CaseDirectory cases;
	private final OrgUnits units;
	private final DemoPlaces places;
	private final WorkingCalendar calendar;
	private final Clock clock;

	DemoUrbanCases(UrbanCases urban, CaseDirectory cases, OrgUnits units, DemoPlaces places, WorkingCalendar calendar,
			TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(PHASE, "urban cases", transactions, jdbc);
		this.urban = urban;
		this.cases = cases;
		this.units = units;
		this.places = places;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return !urban.any();
	}

	@Override
	protected String play() {
		SplittableRandom random = new SplittableRandom(3042);
		Instant now = clock.instant();
		Map<String, List<String>> patrollers = patrolAreas();
		Map<String, UrbanCases.CaseClass> classes = new HashMap<>();
		urban.classes().forEach(c -> classes.put(c.kind() + c.code(), c));
		Map<String, TimeLimit> stages = urban.stageLimits();
		int total = KINDS.stream().mapToInt(Kind::weight).sum();
		Set<String> descriptions = new HashSet<>();
		List<Past> year = new ArrayList<>(YEAR_CASES + 40);
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		for (int i = 0; i < YEAR_CASES; i++) {
			LocalDate day = today.minusDays(2 + random.nextInt(364));
			Instant reported = day.atTime(7, 30).plusMinutes(random.nextInt(11 * 60)).atZone(ChinaTime.ZONE).toInstant();
			Past past = finished(pick(random, total), reported, patrollers, classes, stages, descriptions, random);
			// a case of the last days whose limits run into the future is one of a week before
			while (past.closedAt() != null && past.closedAt().isAfter(now.minus(Duration.ofHours(1)))) {
				reported = reported.minus(Duration.ofDays(7));
				past = finished(pick(random, total), reported, patrollers, classes, stages, descriptions, random);
			}
			year.add(past);
		}
		int open = 0;
		for (Target t : OPEN) {
			for (int k = 0; k < t.count(); k++) {
				year.add(open(pick(random, total), t, k, now, patrollers, classes, stages, descriptions, random));
				open++;
			}
		}
		int loaded = urban.load(year, now.minus(Duration.ofDays(TIMELINE_DAYS)));
		int linked = linkHotline();
		return "%d urban cases (%d open, %d from 12345 requests), %d supervisors".formatted(loaded + linked, open + linked,
				linked, patrollers.values().stream().mapToInt(List::size).sum());
	}

	/**
	 * A few open 12345 requests about the streets' order and cleanliness (城管执法, 环境卫生 under 城市建设和市政管理) made
	 * urban cases by the dispatcher, waiting for a 监督员's 核实.
	 */
	private int linkHotline() {
		List<Long> picked = new ArrayList<>();
		cases.forEachHistory(h -> {
			if (picked.size() < HOTLINE_LINKS && h.endedAt() == null && h.firstDispatchUnit() != null
					&& h.categoryCode() != null && (h.categoryCode().startsWith("C010202") || h.categoryCode().startsWith("C010214"))) {
				picked.add(h.id());
			}
		});
		picked.forEach(id -> urban.linkHotline(id, DISPATCHERS[0]));
		return picked.size();
	}

	/** Supervisors by street: jdy01…jdy20 round the streets, jianduyuan on 长虹街. */
	private Map<String, List<String>> patrolAreas() {
		List<OrgUnit> streets = units.streets();
		Map<String, List<String>> byStreet = new HashMap<>();
		for (int i = 0; i < SUPERVISORS; i++) {
			String name = "jdy%02d".formatted(i + 1);
			String street = streets.get(i % streets.size()).code();
			urban.assignPatrolAreas(name, List.of(street));
			byStreet.computeIfAbsent(street, s -> new ArrayList<>()).add(name);
		}
		urban.assignPatrolAreas("jianduyuan", List.of(CHANGHONG));
		byStreet.computeIfAbsent(CHANGHONG, s -> new ArrayList<>()).add("jianduyuan");
		return byStreet;
	}

	private static Kind pick(SplittableRandom random, int total) {
		int n = random.nextInt(total);
		for (Kind k : KINDS) {
			n -= k.weight();
			if (n < 0) {
				return k;
			}
		}
		return KINDS.get(0);
	}

	/** A case of the year, finished (closed, not valid or voided). */
	private Past finished(Kind kind, Instant reported, Map<String, List<String>> patrollers,
			Map<String, UrbanCases.CaseClass> classes, Map<String, TimeLimit> stages, Set<String> descriptions,
			SplittableRandom r) {
		Draft d = draft(kind, null, patrollers, classes, descriptions, r);
		boolean pub = r.nextInt(100) < 15;
		d.source = pub ? Source.PUBLIC : Source.PATROL;
		d.reportedBy = pub ? "operator" : d.patroller;
		d.reportedAt = reported;
		Instant at = reported;
		if (pub) {
			d.verifiedBy = d.patroller;
			d.verifiedAt = at = end(at, stages.get("verify"), 8, 90, r);
			if (r.nextInt(100) < 5) {
				d.valid = false;
				return d.past();
			}
		}
		else if (r.nextInt(100) < 2) {
			d.valid = false;
			return d.past();
		}
		d.registeredBy = CHIEFS[r.nextInt(CHIEFS.length)];
		d.registeredAt = at = end(at, stages.get("register"), 5, 25, r);
		d.misdispatches = r.nextInt(100) < 4 ? 1 : 0;
		d.dispatchedBy = DISPATCHERS[r.nextInt(DISPATCHERS.length)];
		d.dispatchedAt = at = end(at, stages.get("dispatch"), 6, 25, r).plus(Duration.ofMinutes(d.misdispatches * 90L));
		if (r.nextInt(1000) < 8) {
			d.voided = true;
			return d.past();
		}
		if (r.nextInt(1000) < 4) {
			d.suspended = true; // 挂账: it waits, its 处置 clock paused
			return d.past();
		}
		d.postponed = r.nextInt(100) < 3;
		d.reworks = r.nextInt(100) < 6 ? 1 : 0;
		TimeLimit handle = d.urgent ? d.cls.limitUrgent() : d.cls.limitNormal();
		Instant due = calendar.deadline(at, handle).due();
		if (d.postponed) {
			due = calendar.deadline(due, handle).due();
		}
		boolean late = r.nextInt(100) < 16;
		// Of the late jobs, some drag on for weeks (a 私搭乱建 torn down, a collapsed road rebuilt): a month's 结案率
		// then falls short of 100 %, as in the centres' published reports.
		Duration lateBy = r.nextInt(100) < 40 ? Duration.ofDays(5 + r.nextInt(40)) : Duration.ofMinutes(10 + r.nextInt(600));
		d.handledAt = at = late ? due.plus(lateBy)
				: at.plusMillis((long) (Duration.between(at, due).toMillis() * (0.15 + r.nextDouble() * 0.8)));
		d.checkedBy = d.patroller;
		d.checkedAt = at = end(at, stages.get("check"), 7, 100, r);
		d.closedBy = CHIEFS[r.nextInt(CHIEFS.length)];
		d.closedAt = end(at, stages.get("close"), 4, 50, r);
		return d.past();
	}

	/** How many open cases the demo leaves at each state, how long ago they came in, and how late the last stage is. */
	private record Target(String state, int count, boolean changhong, int hoursAgo) {
	}

	private static final List<Target> OPEN = List.of(new Target("TO_VERIFY", 3, true, 0), new Target("TO_VERIFY", 2, false, 3),
			new Target("TO_REGISTER", 5, false, 0), new Target("TO_DISPATCH", 4, false, 1),
			new Target("HANDLING", 6, false, 2), new Target("HANDLING", 2, false, 30), new Target("TO_CHECK", 3, true, 3),
			new Target("TO_CHECK", 2, false, 5), new Target("TO_CLOSE", 3, false, 2), new Target("SUSPENDED", 1, false, 50),
			// jobs that drag on past their limit (a demolition, a road rebuilt): last month is never all closed
			new Target("HANDLING", 8, false, 24 * 8), new Target("HANDLING", 8, false, 24 * 15),
			new Target("HANDLING", 6, false, 24 * 22));

	/** A case still open at the target's state, its stages a few minutes apart and its last one begun recently. */
	private Past open(Kind kind, Target t, int k, Instant now, Map<String, List<String>> patrollers,
			Map<String, UrbanCases.CaseClass> classes, Map<String, TimeLimit> stages, Set<String> descriptions,
			SplittableRandom r) {
		Draft d = draft(kind, t.changhong() ? CHANGHONG : null, patrollers, classes, descriptions, r);
		if (t.changhong()) {
			d.patroller = "jianduyuan";
		}
		int order = List.of("TO_VERIFY", "TO_REGISTER", "TO_DISPATCH", "HANDLING", "SUSPENDED", "TO_CHECK", "TO_CLOSE")
			.indexOf(t.state());
		boolean pub = t.state().equals("TO_VERIFY") || k % 3 == 1;
		d.source = pub ? Source.PUBLIC : Source.PATROL;
		d.reportedBy = pub ? "operator" : d.patroller;
		// the stages before the last one take 10–40 minutes each; the last began hoursAgo (+ up to an hour) ago
		Instant last = now.minus(Duration.ofMinutes(t.hoursAgo() == 0 ? 2 + r.nextInt(20) : t.hoursAgo() * 60L + 5 + r.nextInt(55)));
		int before = order + (pub && order > 0 ? 1 : 0);
		Instant at = last.minus(Duration.ofMinutes(25L * before + r.nextInt(20)));
		d.reportedAt = at;
		if (order == 0) {
			return d.past();
		}
		if (pub) {
			d.verifiedBy = d.patroller;
			d.verifiedAt = at = at.plus(Duration.ofMinutes(20 + r.nextInt(10)));
		}
		if (order >= 2) {
			d.registeredBy = CHIEFS[0];
			d.registeredAt = at = at.plus(Duration.ofMinutes(10 + r.nextInt(15)));
		}
		if (order >= 3) {
			d.dispatchedBy = DISPATCHERS[0];
			d.dispatchedAt = at = at.plus(Duration.ofMinutes(10 + r.nextInt(15)));
			d.suspended = t.state().equals("SUSPENDED");
		}
		if (order >= 5) {
			d.handledAt = at = at.plus(Duration.ofMinutes(60 + r.nextInt(120)));
		}
		if (order >= 6) {
			d.checkedBy = d.patroller;
			d.checkedAt = at.plus(Duration.ofMinutes(30 + r.nextInt(30)));
		}
		Past p = d.past();
		return p;
	}

	/**
	 * When a stage begun at {@code start} ended: in time (within its limit and {@code capMinutes}) or, {@code latePercent}
	 * times in a hundred, 5 minutes to 4 hours after its due instant.
	 */
	private Instant end(Instant start, TimeLimit limit, int latePercent, int capMinutes, SplittableRandom r) {
		Instant due = calendar.deadline(start, limit).due();
		if (r.nextInt(100) < latePercent) {
			return due.plus(Duration.ofMinutes(5 + r.nextInt(235)));
		}
		long span = Math.min(Duration.between(start, due).toMillis(), capMinutes * 60_000L);
		return start.plusMillis((long) (span * (0.2 + r.nextDouble() * 0.75)));
	}

	private Draft draft(Kind kind, String street, Map<String, List<String>> patrollers,
			Map<String, UrbanCases.CaseClass> classes, Set<String> descriptions, SplittableRandom r) {
		DemoPlaces.Point p = places.anywhere(r);
		for (int i = 0; street != null && i < 200 && !p.location().street().code().equals(street); i++) {
			p = places.anywhere(r);
		}
		Draft d = new Draft();
		d.kind = kind;
		d.cls = classes.get(kind.kind() + kind.code());
		if (d.cls == null) {
			throw new IllegalStateException("the catalogue has no class " + kind.kind() + " " + kind.code());
		}
		d.point = p;
		String address = DemoPlaces.address(p.location(), r);
		String text = null;
		for (int attempt = 0; attempt < 6 && (text == null || descriptions.contains(text)); attempt++) {
			text = kind.texts()[r.nextInt(kind.texts().length)].formatted(address, 1 + r.nextInt(attempt < 3 ? 12 : 60));
		}
		for (int n = 2; descriptions.contains(text); n++) {
			text = text + "（第" + n + "处）";
		}
		descriptions.add(text);
		d.description = text;
		d.address = address;
		d.urgent = r.nextInt(100) < 8;
		List<String> mine = patrollers.getOrDefault(p.location().street().code(), List.of("jdy01"));
		d.patroller = mine.get(r.nextInt(mine.size()));
		boolean territorial = kind.kind().equals("EVENT") && (kind.code().startsWith("01") || kind.code().startsWith("05"))
				&& r.nextInt(100) < 35;
		d.handler = territorial ? p.location().street().code() : d.cls.handlerCode();
		return d;
	}

	/** A case being made up, stage by stage. */
	private static final class Draft {

		Kind kind;
		UrbanCases.CaseClass cls;
		DemoPlaces.Point point;
		String description, address, patroller, handler, reportedBy, verifiedBy, registeredBy, dispatchedBy, checkedBy,
				closedBy;
		boolean urgent, postponed, suspended, voided;
		Boolean valid;
		Source source;
		Instant reportedAt, verifiedAt, registeredAt, dispatchedAt, handledAt, checkedAt, closedAt;
		int reworks, misdispatches;

		Past past() {
			var l = point.location();
			return new Past(kind.kind(), kind.code(), null, urgent, description, address, DemoPlaces.round6(point.lngLat()[0]),
					DemoPlaces.round6(point.lngLat()[1]), l.grid() == null ? null : l.grid().code(),
					l.community() == null ? null : l.community().code(), l.street().code(), source, reportedBy, reportedAt,
					verifiedBy, verifiedAt, valid, registeredBy, registeredAt, dispatchedBy, dispatchedAt,
					dispatchedAt == null ? null : handler, handledAt, checkedBy, checkedAt, closedBy, closedAt, reworks,
					misdispatches, postponed, suspended, voided);
		}
	}
}
