package org.zhili.demo;

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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.Urgency;
import org.zhili.cases.history.CaseHistories;
import org.zhili.cases.history.CaseHistories.Category;
import org.zhili.cases.history.CaseHistory;
import org.zhili.cases.history.PastCase;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;
import org.zhili.platform.StartupWork;

/**
 * Demo cases on first start (zhili.demo.cases): about half a year of a district's requests, so that every page,
 * queue, light and ranking shows something real. Runs once, when there are no cases yet, after the geography is
 * loaded and before the server takes requests, in one transaction.
 *
 * <p>This decides what came in (real citizen messages placed in the district, by whom, through which channel),
 * when, and — through {@link DemoScript} — what happened to each case; the cases module plays it through the real
 * workflow at past instants and writes it in bulk ({@link CaseHistories}). Every choice comes from
 * {@code zhili.demo.seed}: the same seed, start day and geography give the same cases.
 */
@DemoComponent
class DemoCases extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ChinaTime.ZONE);
	private static final Pattern UTILITIES = Pattern.compile("停水|停电|燃气|供暖|暖气|漏水|水压|断电");
	private static final Pattern EMERGENCY = Pattern.compile("安全隐患|倒塌|坍塌|火灾|触电|危险");

	private final DemoProperties properties;
	private final CaseHistories histories;
	private final DemoScript script;
	private final DemoPlaces places;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;
	private final Clock clock;
	private final PlaceNames names;

	DemoCases(DemoProperties properties, CaseHistories histories, DemoScript script, DemoPlaces places,
			OrgUnits units, WorkingCalendar calendar, JdbcClient jdbc, TransactionTemplate transactions,
			AuditTrail audit, Clock clock, District district) {
		super(DemoStartup.CASES);
		this.properties = properties;
		this.histories = histories;
		this.script = script;
		this.places = places;
		this.units = units;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
		this.names = PlaceNames.of(district);
	}

	@Override
	protected void run() {
		if (properties.cases() > 0) {
			transactions.executeWithoutResult(tx -> {
				// One node generates; another starting at the same moment waits and then finds the cases.
				lockAcrossNodes(jdbc, "zhili.demo.cases");
				if (histories.none()) {
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
		CitizenMessages messages = CitizenMessages.load(names);
		long loaded = System.nanoTime();
		CaseHistories.Import batch = histories.begin(n, now);
		DemoActors actors = new DemoActors(units);
		Map<String, List<Category>> byLabel = categoriesByLabel();
		SplittableRandom spots = random(-1, 2);
		List<DemoPlaces.Point> hotSpots = IntStream.range(0, 30).mapToObj(i -> places.anywhere(spots)).toList();
		Map<Integer, Integer> duplicateOf = new HashMap<>();
		List<Case> prepared = new ArrayList<>(n);
		Map<CitizenMessages.Message, Reading> readings = new IdentityHashMap<>();
		for (int k = 0; k < n; k++) {
			SplittableRandom r = random(plan.get(k).index(), 1);
			Integer master = k > 20 && r.nextInt(100) < 2 ? k - 1 - r.nextInt(20) : null;
			if (master != null) {
				duplicateOf.put(k, master);
			}
			prepared.add(prepare(k, plan.get(k).registeredAt(), batch, master == null ? null : prepared.get(master),
					messages, actors, byLabel, readings, hotSpots, r, now));
		}
		long planned = System.nanoTime();
		// Pass 1: every case that is not a duplicate, in parallel (each has its own random source).
		CaseHistory[] plays = new CaseHistory[n];
		IntStream.range(0, n).parallel().filter(k -> !duplicateOf.containsKey(k)).forEach(k -> {
			Case c = prepared.get(k);
			plays[k] = batch.register(k, c.request());
			script.play(plays[k], c.script(), c.random());
		});
		// Pass 2: duplicates, merged into their master when it is still open by the time the dispatcher sees them.
		int merged = 0;
		for (Map.Entry<Integer, Integer> e : new TreeMap<>(duplicateOf).entrySet()) {
			Case c = prepared.get(e.getKey());
			CaseHistory master = plays[e.getValue()];
			Instant at = c.request().registeredAt().plus(DemoScript.minutes(c.random(), 5, 40));
			var masterAt = master.stateAt(at);
			plays[e.getKey()] = batch.register(e.getKey(), c.request());
			if (!at.isAfter(now) && masterAt != null && !masterAt.terminal()) {
				plays[e.getKey()].mergeInto(master, at, actors.dispatcher());
				merged++;
			}
			else {
				script.play(plays[e.getKey()], c.script(), c.random());
			}
		}
		long played = System.nanoTime();
		CaseHistories.Written written = histories.write(batch, (s, issuedAt, h) -> {
			// Units answer within their time (at the latest as the demo is made), so that none climbs the ladder
			// while the demo runs unattended.
			Instant answered = issuedAt.plus(Duration.ofHours(3));
			if (answered.isAfter(s.replyDue())) {
				answered = s.replyDue().minus(Duration.ofMinutes(10));
			}
			return new CaseHistories.Reply(actors.handler(s.unitCode()).username(),
					DemoTexts.SUPERVISION_REPLY.get((int) (s.id() % DemoTexts.SUPERVISION_REPLY.size())),
					answered.isAfter(now) ? now : answered);
		});
		audit.success("cases.demo.generated", null, "生成演示诉求 " + n + " 件（" + written.open() + " 件办理中）");
		log.info("Generated {} demo cases over {} months ({} open, {} merged duplicates, {} timeline rows, {} running "
				+ "deadlines) in {} ms (texts {} ms, plan {} ms, play {} ms, copy {} ms, inbox and clocks {} ms, counters {} ms)",
				n, properties.months(), written.open(), merged, written.events(), written.runningDeadlines(), ms(started),
				(loaded - started) / 1_000_000, (planned - loaded) / 1_000_000, (played - planned) / 1_000_000,
				written.copy().toMillis(), written.clocks().toMillis(), written.counters().toMillis());
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/** A case ready to play: as registered, with what will happen to it. */
	private record Case(PastCase request, DemoScript.Script script, SplittableRandom random,
			CitizenMessages.Message message, double[] lngLat) {
	}

	private Case prepare(int k, Instant at, CaseHistories.Import batch, Case master, CitizenMessages messages,
			DemoActors actors, Map<String, List<Category>> byLabel, Map<CitizenMessages.Message, Reading> readings,
			List<DemoPlaces.Point> hotSpots, SplittableRandom r, Instant now) {
		boolean old = at.isBefore(now.minus(Duration.ofDays(20)));
		CitizenMessages.Message m = master != null ? master.message()
				: r.nextInt(100) < (old ? 85 : 50) ? messages.replied().get(r.nextInt(messages.replied().size()))
						: messages.unreplied().get(r.nextInt(messages.unreplied().size()));
		DemoPlaces.Point point = master != null ? places.near(master.lngLat(), r, 0.0006)
				: r.nextInt(100) < 25 ? places.near(hotSpots.get(r.nextInt(hotSpots.size())).lngLat(), r, 0.004)
						: places.anywhere(r);
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
		String name = anonymous ? null : People.name(r);
		Actor registrar = switch (channel) {
			case CITY_12345 -> actors.city();
			case API -> actors.enterprises();
			case GRID_PATROL -> actors.gridWorker(location.community().code(), DemoPlaces.communityPath(location));
			case PROACTIVE -> actors.dispatcher();
			default -> actors.operator();
		};
		String external = channel == Channel.CITY_12345
				? "TJ" + DAY.format(at) + "%05d".formatted(batch.serial(k) % 100_000) : null;
		double[] lngLat = { DemoPlaces.round6(point.lngLat()[0]), DemoPlaces.round6(point.lngLat()[1]) };
		PastCase request = new PastCase(channel, type, m.title(), m.body(), DemoPlaces.address(location, r), lngLat[0],
				lngLat[1], location.street().code(), location.community().code(),
				location.grid() == null ? null : location.grid().code(), location.path(), name, phone, anonymous,
				confidential, channel == Channel.API, external == null ? null : "CITY_12345", external, at, registrar,
				category.code(), urgency, "%06d".formatted(r.nextInt(1_000_000)));
		String reply = m.reply() != null ? m.reply() : DemoTexts.replyFor(m.label(), m.title());
		boolean answer = type == CaseType.CONSULTATION && r.nextInt(100) < 55;
		boolean recent = at.isAfter(now.minus(Duration.ofDays(45)));
		int returns = r.nextInt(100) < 6 ? 1 + (r.nextInt(100) < 15 ? 1 + r.nextInt(2) : 0) : 0;
		DemoScript.Script script = new DemoScript.Script(actors, registrar, answer ? reply : null, reply,
				actors.otherUnit(r, histories.leadUnitFor(category.code(), location.street().code())), returns,
				r.nextInt(100) < 8, r.nextInt(100) < 4, r.nextInt(100) < 2, r.nextInt(1000) < 8,
				recent && r.nextInt(100) < 2, r.nextInt(100) < (recent ? 6 : 1), r.nextInt(100) < 4, r.nextInt(100) < 5);
		return new Case(request, script, r, m, lngLat);
	}

	/** What a message's text says about its category and urgency (read once per message, not per case). */
	private record Reading(Category category, boolean emergency, boolean utilities) {
	}

	private static Reading read(Map<String, List<Category>> byLabel, CitizenMessages.Message m) {
		String text = m.title() + m.body();
		return new Reading(category(byLabel, m.label(), text), EMERGENCY.matcher(text).find(),
				UTILITIES.matcher(text).find());
	}

	/** The categories under each first-level class, by its name (the labels of the citizen messages). */
	private Map<String, List<Category>> categoriesByLabel() {
		Map<String, String> roots = new HashMap<>();
		List<Category> all = histories.categories();
		all.stream().filter(c -> c.level() == 1 && c.active()).forEach(c -> roots.put(c.code(), c.name()));
		Map<String, List<Category>> byLabel = new HashMap<>();
		for (Category c : all) {
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

}
