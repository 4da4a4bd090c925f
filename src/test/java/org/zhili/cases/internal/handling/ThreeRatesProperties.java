package org.zhili.cases.internal.handling;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.mockito.Mockito;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.Channel;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseFacts;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.process.SupervisionLevel;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.stats.Counts;
import org.zhili.cases.internal.stats.Rates;
import org.zhili.cases.internal.stats.Scoring;
import org.zhili.cases.internal.stats.StatsProperties;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ChinaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;

/**
 * Every rate is a share of one cohort: over any generated case histories (dispatches late in the evening,
 * acceptances after midnight or a week later, returns, re-dispatches after an unsatisfied rating, merges…),
 * the counters the real steps ({@link CaseSteps}) write give rates between 0 and 100 % for every street,
 * department and the district, by day, week and month. Without Spring: the workflow table decides what may
 * happen next, and the steps run on stand-ins for the calendar (natural time), the categories and the units.
 */
class ThreeRatesProperties {

	static final String COMMAND_CENTRE = "120104WGZ";
	static final String DISTRICT = "120104";
	/** Two streets, each with a community, and a department. */
	static final List<OrgUnit> UNITS = List.of(
			unit("120104001000", UnitLevel.STREET, DISTRICT), unit("120104001001", UnitLevel.COMMUNITY, "120104001000"),
			unit("120104002000", UnitLevel.STREET, DISTRICT), unit("120104002001", UnitLevel.COMMUNITY, "120104002000"),
			unit("120104CGW", UnitLevel.DEPARTMENT, DISTRICT));
	static final List<String> HANDLING_UNITS = UNITS.stream().map(OrgUnit::code).toList();
	/** The actions simulated: those that count something, and the ones that lead to them. */
	static final Set<CaseAction> SIMULATED = EnumSet.of(CaseAction.DISPATCH, CaseAction.DESIGNATE, CaseAction.ACCEPT,
			CaseAction.RETURN, CaseAction.APPROVE, CaseAction.REJECT, CaseAction.REPLY, CaseAction.REVIEW,
			CaseAction.CALLBACK, CaseAction.RATE, CaseAction.REDISPATCH, CaseAction.CLOSE, CaseAction.SUPERVISE,
			CaseAction.MERGE);
	static final Set<Party> EVERYONE = EnumSet.allOf(Party.class);
	/** Registrations start within a few days of a month's end, so days, weeks and months are crossed. */
	static final Instant START = Instant.parse("2026-01-29T00:00:00Z");

	/** One step of a history: a pick among the allowed actions, how long after the previous step, and the inputs. */
	record Move(int pick, long minutesLater, int unit, boolean yes, int rating) {
	}

	/** One case: when it is registered (minutes after {@link #START}), where, and what happens to it. */
	record History(long registeredAfter, int street, List<Move> moves) {
	}

	private final CasesProperties properties = properties();
	private final WorkingCalendar calendar = naturalCalendar();
	private final CaseSteps steps = new CaseSteps(categories(properties), units(), calendar, properties);
	private final CaseFacts facts = new CaseFacts(calendar, properties, java.time.Clock.systemUTC());
	private final Scoring scoring = new Scoring(StatsProperties.defaults());

	@Property(tries = 500)
	void everyRateOfEveryUnitLevelAndPeriodLiesBetween0And100(@ForAll("histories") List<History> histories) {
		Map<String, Map<LocalDate, Map<Counter, Long>>> counters = play(histories);
		for (Function<LocalDate, LocalDate> period : List.<Function<LocalDate, LocalDate>>of(day -> day,
				day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day -> day.withDayOfMonth(1))) {
			// Per row of the statistics: each street with its communities, the department, the district.
			Map<String, Map<LocalDate, Map<Counter, Long>>> rows = new HashMap<>();
			counters.forEach((unit, days) -> days.forEach((day, counts) -> {
				for (String row : List.of(rowOf(unit), DISTRICT)) {
					Map<Counter, Long> sum = rows.computeIfAbsent(row, r -> new HashMap<>())
						.computeIfAbsent(period.apply(day), d -> new EnumMap<>(Counter.class));
					counts.forEach((counter, n) -> sum.merge(counter, n, Long::sum));
				}
			}));
			rows.forEach((row, buckets) -> buckets.forEach((start, counts) -> {
				Rates rates = scoring.rates(counts(counts));
				String where = row + " in the period from " + start + " with " + counts;
				for (BigDecimal rate : List.of(nullToZero(rates.response()), nullToZero(rates.resolution()),
						nullToZero(rates.satisfaction()), nullToZero(rates.composite()), nullToZero(rates.onTime()),
						nullToZero(rates.returns()), nullToZero(rates.rework()), nullToZero(rates.duplicates()))) {
					assertThat(rate).as(where + ": " + rates).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
				}
			}));
		}
	}

	// ---- playing the histories -----------------------------------------------------------------------

	/** The counters the steps write for the histories, by unit, day and counter. */
	private Map<String, Map<LocalDate, Map<Counter, Long>>> play(List<History> histories) {
		Map<String, Map<LocalDate, Map<Counter, Long>>> counters = new HashMap<>();
		UnitStats.Tally tally = new UnitStats.Tally();
		long id = 1;
		for (History h : histories) {
			CaseRecord c = registered(id++, h);
			// Received by the street, at registration, as IntakeService counts it.
			tally.add(c.intake().territory().streetCode(), c.intake().registeredAt(), Counter.RECEIVED);
			Instant now = c.intake().registeredAt();
			for (Move m : h.moves()) {
				now = now.plus(Duration.ofMinutes(m.minutesLater()));
				List<CaseAction> allowed = CaseWorkflow.allowed(facts.of(c, now), EVERYONE)
					.stream()
					.filter(SIMULATED::contains)
					.toList();
				if (allowed.isEmpty()) {
					break;
				}
				CaseAction action = allowed.get(m.pick() % allowed.size());
				StepContext ctx = new StepContext(c, input(action, c, m), "someone", COMMAND_CENTRE, now,
						org.zhili.cases.Light.NONE);
				if (action == CaseAction.MERGE) {
					steps.closing().merge(ctx, 0, "NK0", null, null);
				}
				else {
					steps.apply(action, ctx, EVERYONE);
				}
				ctx.tally.forEach((unit, day, counter, n) -> counters.computeIfAbsent(unit, u -> new HashMap<>())
					.computeIfAbsent(day, d -> new EnumMap<>(Counter.class))
					.merge(counter, n, Long::sum));
			}
		}
		tally.forEach((unit, day, counter, n) -> counters.computeIfAbsent(unit, u -> new HashMap<>())
			.computeIfAbsent(day, d -> new EnumMap<>(Counter.class))
			.merge(counter, n, Long::sum));
		return counters;
	}

	private static CaseRecord registered(long id, History h) {
		OrgUnit street = UNITS.get(h.street() == 0 ? 0 : 2);
		OrgUnit community = UNITS.get(h.street() == 0 ? 1 : 3);
		CaseRecord.Intake intake = new CaseRecord.Intake(Channel.HOTLINE, CaseType.COMPLAINT, "路灯不亮", "路灯不亮",
				"某路", null, null,
				new CaseRecord.Territory(street.code(), community.code(), null, community.path()),
				new CaseRecord.Requester("王", "13900000000", false, false, false), CaseRecord.External.NONE,
				START.plus(Duration.ofMinutes(h.registeredAfter())), "operator");
		return CaseRecord.registered(id, "NK" + id, "Q" + id, intake, "C01", Urgency.ORDINARY);
	}

	private static ActionInput input(CaseAction action, CaseRecord c, Move m) {
		String unit = HANDLING_UNITS.get(m.unit() % HANDLING_UNITS.size());
		Satisfaction rating = List.of(Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.UNSATISFIED)
			.get(m.rating() % 3);
		return switch (action) {
			case DISPATCH, DESIGNATE -> input(unit, "派单", null, null, null, null, null, null);
			// Mostly back to the same unit; sometimes another one.
			case REDISPATCH -> input(m.yes() ? null : unit, "再交办", null, null, null, null, null, null);
			case REPLY -> input(null, "已处理", ReplyResult.SOLVED, null, null, null, null, null);
			case REVIEW -> input(null, "审核", null, m.yes() || m.rating() > 0, null, null, null, null);
			case CALLBACK -> input(null, null, null, null, m.yes() || m.rating() > 0, m.yes(), rating, null);
			case RATE -> input(null, null, null, null, null, m.yes(), rating, null);
			case SUPERVISE -> input(null, "督办", null, null, null, null, null, SupervisionLevel.URGE);
			default -> ActionInput.note("理由");
		};
	}

	private static ActionInput input(String unitCode, String note, ReplyResult result, Boolean approved, Boolean reached,
			Boolean solved, Satisfaction satisfaction, SupervisionLevel level) {
		return new ActionInput(null, unitCode, null, null, null, null, note, null, null, result, approved, reached, solved,
				satisfaction, level, null);
	}

	// ---- the histories -------------------------------------------------------------------------------

	@Provide
	Arbitrary<List<History>> histories() {
		// Gaps of minutes and hours mostly (same or next day), sometimes days (another week or month).
		Arbitrary<Long> gap = Arbitraries.frequencyOf(List.of(weighted(6, Arbitraries.longs().between(1, 240)),
				weighted(3, Arbitraries.longs().between(240, 1_800)), weighted(1, Arbitraries.longs().between(1_800, 20_000))));
		// Mostly the first street, so that cases meet in one row of the statistics.
		Arbitrary<Integer> unit = Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.just(0)),
				Tuple.of(1, Arbitraries.integers().between(0, HANDLING_UNITS.size() - 1))));
		Arbitrary<Move> move = Combinators.combine(Arbitraries.integers().between(0, 11), gap, unit,
				Arbitraries.of(true, false), Arbitraries.integers().between(0, 8))
			.as(Move::new);
		// Registered within a few days around a month's end (and a week's: 1 February 2026 is a Sunday).
		Arbitrary<History> history = Combinators.combine(Arbitraries.longs().between(0, 5 * 24 * 60),
				Arbitraries.integers().between(0, 1), move.list().ofMinSize(1).ofMaxSize(24))
			.as(History::new);
		return history.list().ofMinSize(1).ofMaxSize(12);
	}

	private static Tuple.Tuple2<Integer, Arbitrary<Long>> weighted(int weight, Arbitrary<Long> values) {
		return Tuple.of(weight, values);
	}

	// ---- rows and counts -----------------------------------------------------------------------------

	/** The row of the statistics a unit's counters go to: a street for its communities. */
	private static String rowOf(String unit) {
		return UNITS.stream()
			.filter(u -> u.code().equals(unit))
			.findFirst()
			.map(u -> u.level() == UnitLevel.COMMUNITY ? u.parentCode() : u.code())
			.orElse(unit);
	}

	private static Counts counts(Map<Counter, Long> c) {
		Function<Counter, Long> n = counter -> c.getOrDefault(counter, 0L);
		return new Counts(n.apply(Counter.RECEIVED), n.apply(Counter.DIRECT_ANSWERED), n.apply(Counter.DISPATCHED),
				n.apply(Counter.ACCEPTED), n.apply(Counter.ACCEPTED_ON_TIME), n.apply(Counter.RETURNED),
				n.apply(Counter.REPLIED), n.apply(Counter.REPLIED_ON_TIME), n.apply(Counter.REWORKED),
				n.apply(Counter.RATED), n.apply(Counter.SOLVED), n.apply(Counter.SATISFIED),
				n.apply(Counter.BASICALLY_SATISFIED), n.apply(Counter.UNSATISFIED), n.apply(Counter.UNRATED),
				n.apply(Counter.CLOSED), n.apply(Counter.CLOSED_ON_TIME), n.apply(Counter.HANDLING_SECONDS),
				n.apply(Counter.DUPLICATES), n.apply(Counter.SUPERVISED));
	}

	private static BigDecimal nullToZero(BigDecimal rate) {
		return rate == null ? BigDecimal.ZERO : rate;
	}

	// ---- stand-ins ---------------------------------------------------------------------------------

	private static OrgUnit unit(String code, UnitLevel level, String parent) {
		return new OrgUnit(code, code, code, level, level == UnitLevel.DEPARTMENT ? "LINE_DEPARTMENT" : null, parent,
				"/" + DISTRICT + "/" + code, true);
	}

	private static OrgUnits units() {
		OrgUnits units = Mockito.mock(OrgUnits.class);
		Mockito.when(units.find(any())).thenAnswer(a -> UNITS.stream().filter(u -> u.code().equals(a.getArgument(0))).findFirst());
		return units;
	}

	private static Categories categories(CasesProperties properties) {
		Categories categories = Mockito.mock(Categories.class);
		Mockito.when(categories.find(any()))
			.thenReturn(Optional.of(new Category("C01", null, 1, List.of("市政设施"), Category.LeadRule.TERRITORIAL, null, true, 1)));
		Mockito.when(categories.limit(any(), any(), any()))
			.thenAnswer(a -> properties.limits().of(a.getArgument(1)).get(a.<Stage>getArgument(2)));
		return categories;
	}

	/** Working time taken as natural time: enough for counting, which only compares instants with deadlines. */
	private static WorkingCalendar naturalCalendar() {
		WorkingCalendar calendar = Mockito.mock(WorkingCalendar.class);
		Mockito.when(calendar.deadline(any(), any())).thenAnswer(a -> {
			Instant start = a.getArgument(0);
			TimeLimit limit = a.getArgument(1);
			Duration unit = switch (limit.unit()) {
				case NATURAL_MINUTES -> Duration.ofMinutes(1);
				case NATURAL_HOURS, WORKING_HOURS -> Duration.ofHours(1);
				case NATURAL_DAYS, WORKING_DAYS -> Duration.ofDays(1);
			};
			return new Deadline(start, limit, start.plus(unit.multipliedBy(limit.amount())));
		});
		Mockito.when(calendar.zone()).thenReturn(ChinaTime.ZONE);
		return calendar;
	}

	private static CasesProperties properties() {
		CasesProperties.Limits limits = new CasesProperties.Limits(TimeLimit.minutes(15), TimeLimit.hours(2),
				TimeLimit.minutes(30), TimeLimit.minutes(30), TimeLimit.hours(24), TimeLimit.hours(2),
				TimeLimit.workingDays(1), TimeLimit.workingDays(7), TimeLimit.workingDays(1), TimeLimit.workingDays(1),
				TimeLimit.workingDays(15), TimeLimit.workingDays(2), TimeLimit.workingDays(2));
		return new CasesProperties(limits, TimeLimit.workingDays(1), 3, 3, 0.8, "NK", COMMAND_CENTRE, "120104DCS");
	}
}
