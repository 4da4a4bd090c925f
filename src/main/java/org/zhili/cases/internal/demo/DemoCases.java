package org.zhili.cases.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseType;
import org.zhili.cases.CasesLoadingInBulk;
import org.zhili.cases.Channel;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.demo.CitizenMessages;
import org.zhili.cases.internal.demo.People;
import org.zhili.cases.internal.demo.PlaceNames;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.handling.CaseClocks;
import org.zhili.cases.internal.intake.IntakeService;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Sequences;
import org.zhili.cases.internal.record.TrackingNumbers;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Inbox;
import org.zhili.process.Supervisions;
import org.zhili.platform.StartupWork;

/**
 * Demo cases on first start (zhili.demo.enabled, zhili.demo.cases): about half a year of a district's
 * requests, so that every page, queue, light and ranking shows something real. Runs once, when there are
 * no cases yet, after the geography is loaded and before the server takes requests, in one transaction.
 *
 * <p>Each case is registered as {@link IntakeService} registers one and then lives its life through
 * {@link DemoHistories}: the real workflow table and steps at past instants, its deadline alarms going off
 * in between. The cases are then bulk-loaded ({@link DemoWriter}), the counters rebuilt from their timeline
 * ({@link UnitStats#rebuild}), and the deadlines still running handed to the process kit's clocks. Every choice comes from
 * {@code zhili.demo.seed}: the same seed, start day and geography give the same cases.
 */
@Component
class DemoCases extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ChinaTime.ZONE);
	/** Nankai's extent in WGS84 with a margin; points the {@link Locator} finds outside the district are drawn again. */
	private static final double WEST = 117.095, EAST = 117.195, SOUTH = 39.055, NORTH = 39.157;
	private static final Pattern UTILITIES = Pattern.compile("停水|停电|燃气|供暖|暖气|漏水|水压|断电");
	private static final Pattern EMERGENCY = Pattern.compile("安全隐患|倒塌|坍塌|火灾|触电|危险");

	private final DemoProperties properties;
	private final CasesProperties cases;
	private final DemoHistories histories;
	private final DemoWriter writer;
	private final UnitStats stats;
	private final CaseClocks timers;
	private final Categories categories;
	private final Locator locator;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;
	private final Inbox inbox;
	private final Supervisions supervisions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PlaceNames places;

	DemoCases(DemoProperties properties, CasesProperties cases, DemoHistories histories, DemoWriter writer,
			UnitStats stats, CaseClocks timers, Categories categories, Locator locator, OrgUnits units,
			WorkingCalendar calendar, JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Inbox inbox, Supervisions supervisions,
			ApplicationEventPublisher events, Clock clock, District district) {
		super(0);
		this.properties = properties;
		this.cases = cases;
		this.histories = histories;
		this.writer = writer;
		this.stats = stats;
		this.timers = timers;
		this.categories = categories;
		this.locator = locator;
		this.units = units;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.inbox = inbox;
		this.supervisions = supervisions;
		this.events = events;
		this.clock = clock;
		this.places = PlaceNames.of(district);
	}

	@Override
	protected void run() {
		if (properties.enabled() && properties.cases() > 0) {
			transactions.executeWithoutResult(tx -> {
				// One node generates; another starting at the same moment waits and then finds the cases.
				lockAcrossNodes(jdbc, "zhili.demo.cases");
				if (jdbc.sql("select not exists (select 1 from cases.case_record)").query(Boolean.class).single()) {
					generate();
				}
			});
		}
	}

	/** One case before it is played. */
	private record Planned(int index, Instant registeredAt) {
	}

	private void generate() {
		long started = System.nanoTime();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant from = ZonedDateTime.ofInstant(now, ChinaTime.ZONE).minusMonths(properties.months()).toInstant();
		int n = properties.cases();
		List<Planned> plan = new ArrayList<>(IntStream.range(0, n)
			.mapToObj(i -> new Planned(i, registrationTime(random(i, 0), from, now)))
			.sorted(Comparator.comparing(Planned::registeredAt).thenComparing(Planned::index))
			.toList());
		CitizenMessages messages = CitizenMessages.load(places);
		long loaded = System.nanoTime();
		List<Long> ids = Sequences.next(jdbc, "cases.case_record_id_seq", n);
		List<Long> numbers = Sequences.next(jdbc, "cases.tracking_seq", n);
		DemoActors actors = new DemoActors(units);
		Map<String, List<Category>> byLabel = categoriesByLabel();
		SplittableRandom spots = random(-1, 2);
		List<Point> hotSpots = IntStream.range(0, 30).mapToObj(i -> anywhere(spots)).toList();
		Map<Integer, Integer> duplicateOf = new HashMap<>();
		List<Case> prepared = new ArrayList<>(n);
		Map<CitizenMessages.Message, Reading> readings = new java.util.IdentityHashMap<>();
		for (int k = 0; k < n; k++) {
			SplittableRandom r = random(plan.get(k).index(), 1);
			Integer master = k > 20 && r.nextInt(100) < 2 ? k - 1 - r.nextInt(20) : null;
			if (master != null) {
				duplicateOf.put(k, master);
			}
			prepared.add(prepare(k, plan.get(k).registeredAt(), ids.get(k), numbers.get(k), master == null ? null
					: prepared.get(master), messages, actors, byLabel, readings, hotSpots, r, now));
		}
		long planned = System.nanoTime();
		// Pass 1: every case that is not a duplicate, in parallel (each has its own random source).
		DemoPlay[] plays = new DemoPlay[n];
		IntStream.range(0, n).parallel().filter(k -> !duplicateOf.containsKey(k)).forEach(k -> {
			Case c = prepared.get(k);
			plays[k] = histories.play(c.kase(), c.script(), c.random(), now);
			writer.encrypt(plays[k]);
		});
		// Pass 2: duplicates, merged into their master when it is still open by the time the dispatcher sees them.
		int merged = 0;
		for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(duplicateOf).entrySet()) {
			Case c = prepared.get(e.getKey());
			DemoPlay master = plays[e.getValue()];
			Instant at = c.kase().intake().registeredAt().plus(DemoHistories.minutes(c.random(), 5, 40));
			DemoPlay.Row masterAt = master.lastRowAt(at);
			if (!at.isAfter(now) && masterAt != null && !masterAt.to().terminal()) {
				plays[e.getKey()] = histories.registered(c.kase(), c.script());
				histories.merge(plays[e.getKey()], master, at, actors);
				merged++;
			}
			else {
				plays[e.getKey()] = histories.play(c.kase(), c.script(), c.random(), now);
			}
			writer.encrypt(plays[e.getKey()]);
		}
		long played = System.nanoTime();
		List<DemoPlay> all = List.of(plays);
		// While the server takes the rows (the starting thread mostly waits for it), routing classifies the texts.
		events.publishEvent(new CasesLoadingInBulk(all.stream()
			.map(p -> new CasesLoadingInBulk.Text(p.kase.intake().title(), p.kase.intake().description()))
			.distinct()
			.toList()));
		DemoWriter.Written written = writer.write(all, now);
		long copied = System.nanoTime();
		inbox.post(written.messages());
		List<CaseRecord> unfinished = all.stream().map(p -> p.kase).filter(c -> !c.state().terminal()).toList();
		timers.adopt(unfinished);
		all.forEach(p -> supervise(p, actors, now));
		long running = unfinished.stream().mapToLong(c -> CaseClocks.running(c).size()).sum();
		long scheduled = System.nanoTime();
		LocalDate firstDay = LocalDate.ofInstant(from, ChinaTime.ZONE).minusDays(1);
		stats.rebuild(firstDay, LocalDate.ofInstant(now, ChinaTime.ZONE).plusDays(2));
		long open = all.stream().filter(p -> !p.kase.state().terminal()).count();
		audit.success("cases.demo.generated", null, "生成演示诉求 " + n + " 件（" + open + " 件办理中）");
		log.info("Generated {} demo cases over {} months ({} open, {} merged duplicates, {} timeline rows, {} running "
				+ "deadlines) in {} ms (texts {} ms, plan {} ms, play {} ms, copy {} ms, inbox and clocks {} ms, counters {} ms)",
				n, properties.months(), open, merged, written.events(), running, ms(started),
				(loaded - started) / 1_000_000, (planned - loaded) / 1_000_000, (played - planned) / 1_000_000,
				(copied - played) / 1_000_000, (scheduled - copied) / 1_000_000, ms(scheduled));
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/** A case ready to play: as registered, with what will happen to it. */
	private record Case(CaseRecord kase, DemoHistories.Script script, SplittableRandom random,
			CitizenMessages.Message message) {
	}

	private Case prepare(int k, Instant at, long id, long number, Case master, CitizenMessages messages,
			DemoActors actors, Map<String, List<Category>> byLabel, Map<CitizenMessages.Message, Reading> readings,
			List<Point> hotSpots, SplittableRandom r, Instant now) {
		boolean old = at.isBefore(now.minus(Duration.ofDays(20)));
		CitizenMessages.Message m = master != null ? master.message()
				: r.nextInt(100) < (old ? 85 : 50) ? messages.replied().get(r.nextInt(messages.replied().size()))
						: messages.unreplied().get(r.nextInt(messages.unreplied().size()));
		Point point = master != null
				? near(new double[] { master.kase().intake().lng(), master.kase().intake().lat() }, r, 0.0006)
				: r.nextInt(100) < 25 ? near(hotSpots.get(r.nextInt(hotSpots.size())).lngLat(), r, 0.004) : anywhere(r);
		Location location = point.location();
		Channel channel = channel(r);
		CaseType type = type(r);
		Reading reading = readings.computeIfAbsent(m, x -> read(byLabel, x));
		Urgency urgency = reading.emergency() && r.nextInt(100) < 40 ? Urgency.EMERGENCY
				: reading.utilities() && r.nextInt(100) < 60 ? Urgency.UTILITIES
						: r.nextInt(100) < 5 ? Urgency.COMPLEX : Urgency.ORDINARY;
		Category category = reading.category();
		boolean anonymous = r.nextInt(100) < 6;
		boolean confidential = type == CaseType.REPORT && r.nextInt(100) < 60;
		String phone = anonymous && r.nextBoolean() ? null : People.phone(r);
		CaseRecord.Requester requester = new CaseRecord.Requester(anonymous ? null : People.name(r), phone, anonymous,
				confidential, channel == Channel.API);
		Actor registrar = switch (channel) {
			case CITY_12345 -> actors.city();
			case API -> actors.enterprises();
			case GRID_PATROL -> actors.gridWorker(location.community().code(), communityPath(location));
			case PROACTIVE -> actors.dispatcher();
			default -> actors.operator();
		};
		CaseRecord.External external = channel == Channel.CITY_12345
				? new CaseRecord.External("CITY_12345", "TJ" + DAY.format(at) + "%05d".formatted(number % 100_000), null)
				: CaseRecord.External.NONE;
		CaseRecord.Territory territory = new CaseRecord.Territory(location.street().code(), location.community().code(),
				location.grid() == null ? null : location.grid().code(), location.path());
		CaseRecord.Intake intake = new CaseRecord.Intake(channel, type, m.title(), m.body(), address(location, r),
				round6(point.lngLat()[0]), round6(point.lngLat()[1]), territory, requester, external, at,
				registrar.username());
		String tracking = TrackingNumbers.of(cases.trackingPrefix(), at, number);
		CaseRecord kase = CaseRecord.registered(id, tracking, "%06d".formatted(r.nextInt(1_000_000)), intake,
				category.code(), urgency);
		String reply = m.reply() != null ? m.reply() : DemoTexts.replyFor(m.label(), m.title());
		boolean answer = type == CaseType.CONSULTATION && r.nextInt(100) < 55;
		boolean recent = at.isAfter(now.minus(Duration.ofDays(45)));
		int returns = r.nextInt(100) < 6 ? 1 + (r.nextInt(100) < 15 ? 1 + r.nextInt(2) : 0) : 0;
		DemoHistories.Script script = new DemoHistories.Script(actors, registrar, answer ? reply : null, reply,
				actors.otherUnit(r, categories.leadUnitFor(category.code(), territory.streetCode())), returns,
				r.nextInt(100) < 8, r.nextInt(100) < 4, r.nextInt(100) < 2, r.nextInt(1000) < 8,
				recent && r.nextInt(100) < 2, r.nextInt(100) < (recent ? 6 : 1), r.nextInt(100) < 4, r.nextInt(100) < 5);
		return new Case(kase, script, r, m);
	}

	/** What a message's text says about its category and urgency (read once per message, not per case). */
	private record Reading(Category category, boolean emergency, boolean utilities) {
	}

	private static Reading read(Map<String, List<Category>> byLabel, CitizenMessages.Message m) {
		String text = m.title() + m.body();
		return new Reading(category(byLabel, m.label(), text), EMERGENCY.matcher(text).find(),
				UTILITIES.matcher(text).find());
	}

	/**
	 * Hands a case's 督办 to the kit, each answered by its unit within a few hours and before its deadline (at the
	 * latest as the demo is made).
	 */
	private void supervise(DemoPlay p, DemoActors actors, Instant now) {
		for (DemoPlay.Issued issued : p.supervisions) {
			Supervisions.Supervision s = supervisions.issue(issued.order(), issued.by(), issued.at());
			// Units answer within their time, so that none climbs the ladder while the demo runs unattended.
			Instant answered = issued.at().plus(Duration.ofHours(3));
			if (answered.isAfter(s.replyDue())) {
				answered = s.replyDue().minus(Duration.ofMinutes(10));
			}
			supervisions.answered(s.id(), actors.handler(s.unitCode()).username(), DemoTexts.SUPERVISION_REPLY.get(
					(int) (s.id() % DemoTexts.SUPERVISION_REPLY.size())), answered.isAfter(now) ? now : answered);
		}
		if (p.kase.state().terminal() && !p.supervisions.isEmpty()) {
			supervisions.closeAll(CaseClocks.LOOP, p.kase.id(), p.last);
		}
	}

	/** The categories under each first-level class, by its name (the labels of the citizen messages). */
	private Map<String, List<Category>> categoriesByLabel() {
		Map<String, String> roots = new HashMap<>();
		categories.all().stream().filter(c -> c.level() == 1 && c.active()).forEach(c -> roots.put(c.code(), c.name()));
		Map<String, List<Category>> byLabel = new HashMap<>();
		for (Category c : categories.all()) {
			String root = roots.get(c.code().substring(0, 3));
			if (root != null && c.active()) {
				byLabel.computeIfAbsent(root, x -> new ArrayList<>()).add(c);
			}
		}
		return byLabel;
	}

	/**
	 * The category of a message: under the class it was filed in, the most specific category whose name
	 * occurs in the text (e.g. 城乡建设 › … › 物业管理), else the class itself.
	 */
	private static Category category(Map<String, List<Category>> byLabel, String label, String text) {
		List<Category> candidates = byLabel.getOrDefault(label, byLabel.get("城乡建设"));
		Category best = null;
		for (Category c : candidates) {
			String name = c.name();
			if (c.level() == 1) {
				best = best == null ? c : best;
			}
			else if (name.length() >= 2 && !name.startsWith("其他") && text.contains(name)
					&& (best == null || best.level() == 1 || c.level() > best.level()
							|| c.level() == best.level() && name.length() > best.name().length())) {
				best = c;
			}
		}
		return best;
	}

	/** Where, in words: the community and a building or landmark. */
	private static String address(Location l, SplittableRandom r) {
		String community = l.community().name().replace("社区居委会", "社区").replace("居委会", "");
		String where = switch (r.nextInt(4)) {
			case 0 -> (1 + r.nextInt(40)) + "号楼";
			case 1 -> "小区门口";
			case 2 -> (1 + r.nextInt(200)) + "号附近";
			default -> "周边";
		};
		return l.street().name() + community + where;
	}

	private static String communityPath(Location l) {
		return "/" + l.district().code() + "/" + l.street().code() + "/" + l.community().code() + "/";
	}

	private static double round6(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

	// ---- random choices ----------------------------------------------------------------------------

	private SplittableRandom random(int index, int purpose) {
		return new SplittableRandom(properties.seed() * 1_000_003L + index * 31L + purpose);
	}

	/** More on working days, mostly in the day and evening. */
	private Instant registrationTime(SplittableRandom r, Instant from, Instant to) {
		long days = Duration.between(from, to).toDays();
		while (true) {
			LocalDate day = LocalDate.ofInstant(from, ChinaTime.ZONE).plusDays(r.nextLong(days + 1));
			boolean working = calendar.isWorkingDay(day);
			if (!working && r.nextInt(100) >= 45) {
				continue;
			}
			double hour = r.nextInt(100) < 85 ? 8 + r.nextDouble() * 13 : r.nextDouble() * 24;
			Instant at = day.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds((long) (hour * 3600))
				.truncatedTo(ChronoUnit.SECONDS);
			if (!at.isBefore(from) && at.isBefore(to)) {
				return at;
			}
		}
	}

	private static Channel channel(SplittableRandom r) {
		int x = r.nextInt(100);
		return x < 52 ? Channel.HOTLINE : x < 70 ? Channel.WEB : x < 83 ? Channel.CITY_12345 : x < 93 ? Channel.GRID_PATROL
				: x < 97 ? Channel.API : Channel.PROACTIVE;
	}

	private static CaseType type(SplittableRandom r) {
		int x = r.nextInt(100);
		return x < 36 ? CaseType.COMPLAINT : x < 60 ? CaseType.HELP : x < 73 ? CaseType.CONSULTATION
				: x < 84 ? CaseType.SUGGESTION : x < 97 ? CaseType.REPORT : CaseType.PRAISE;
	}

	/** A point in the district within {@code spread} degrees of {@code centre}, or anywhere if none is found. */
	private Point near(double[] centre, SplittableRandom r, double spread) {
		for (int attempt = 0; attempt < 20; attempt++) {
			double lng = centre[0] + (r.nextDouble() - 0.5) * spread;
			double lat = centre[1] + (r.nextDouble() - 0.5) * spread * 0.75;
			Optional<Location> l = locator.locate(lng, lat);
			if (l.isPresent() && l.get().community() != null) {
				return new Point(l.get(), new double[] { lng, lat });
			}
		}
		return anywhere(r);
	}

	private record Point(Location location, double[] lngLat) {
	}

	private Point anywhere(SplittableRandom r) {
		while (true) {
			double lng = WEST + r.nextDouble() * (EAST - WEST);
			double lat = SOUTH + r.nextDouble() * (NORTH - SOUTH);
			Optional<Location> l = locator.locate(lng, lat);
			if (l.isPresent() && l.get().community() != null) {
				return new Point(l.get(), new double[] { lng, lat });
			}
		}
	}
}
