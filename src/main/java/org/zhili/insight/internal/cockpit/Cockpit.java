package org.zhili.insight.internal.cockpit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhili.cases.CaseFigures;
import org.zhili.cases.CasePlaces;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.CategoryTrends;
import org.zhili.cases.Channel;
import org.zhili.identity.Actor;
import org.zhili.insight.internal.Percent;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Indicator;

/**
 * The cockpit's figures for an area, read only from counters kept as the loops work: cases received from the cases
 * module's per-place counters, the 三率 from its per-unit counters (one reading for the district, its streets and
 * departments), open and overdue cases from their indexes, and every other loop's live {@link Indicator}s. Nothing
 * here counts cases, so a view costs the same on ten thousand cases as on ten million.
 */
@Service
class Cockpit {

	private static final String CODE = "\\d{9}|\\d{12}";
	/** How far back the heat map and the rising categories look, and what they compare with. */
	static final int WINDOW_DAYS = 30;

	/**
	 * A figure of a loop other than 接诉即办, as its module measures it, in the area shown or, where the loop's records
	 * do not name places that small, in the nearest area around it ({@code counted} names which).
	 */
	record Loop(String code, String name, String unit, BigDecimal value, String definition, String counted) {
	}

	/** 受理量 today, this month and the same days of last month, and this month's by channel. */
	record Intake(long today, long month, long lastMonthToDate, Map<String, Long> channels) {
	}

	/** The 三率 of a unit this month ({@code null} rates when nothing was counted), linking to where it drills. */
	record Rates(String code, String name, long received, BigDecimal response, BigDecimal resolution,
			BigDecimal satisfaction, BigDecimal composite, String link) {
	}

	/**
	 * The tiles of an area.
	 *
	 * @param rates the area's 三率 (a community's are its street's: they are counted per street)
	 * @param streets the streets' 三率 (the district only); {@code departments} likewise
	 * @param fingerprint changes whenever a figure shown changes (what the live stream compares)
	 */
	record Summary(String code, String name, String level, List<Crumb> trail, LocalDate from, LocalDate to,
			Intake intake, Rates rates, List<Rates> streets, List<Rates> departments, CasePlaces.Open open,
			String openLink, String overdueLink, List<Loop> loops, Instant at, String fingerprint) {
	}

	/** A unit above the area (or the area itself), linking to its cockpit. */
	record Crumb(String code, String name, String link) {
	}

	/** A place below the area with its cases received in the window, linking one level down. */
	record Cell(String code, String name, long received, String link) {
	}

	record Heat(String level, String parent, LocalDate from, LocalDate to, long max, List<Cell> cells) {
	}

	/**
	 * A month's cases received, with the change from the month before (环比) and from the same month a year before
	 * (同比) in percent ({@code null} when there is nothing to compare with).
	 */
	record TrendMonth(YearMonth month, long received, BigDecimal monthOnMonth, BigDecimal yearOnYear) {
	}

	record Trends(String code, List<TrendMonth> months) {
	}

	/** A category received more often in the window than in the window before. */
	record RisingCategory(String code, String path, long received, long before, long change, BigDecimal percent,
			String link) {
	}

	record Rising(String code, LocalDate from, LocalDate to, List<RisingCategory> categories) {
	}

	private final CasePlaces places;
	private final CaseFigures figures;
	private final CategoryTrends categories;
	private final OrgUnits units;
	private final List<Indicator> indicators;
	private final Clock clock;

	Cockpit(CasePlaces places, CaseFigures figures, CategoryTrends categories, OrgUnits units,
			List<Indicator> indicators, Clock clock) {
		this.places = places;
		this.figures = figures;
		this.categories = categories;
		this.units = units;
		this.indicators = indicators.stream()
			.filter(i -> !i.code().startsWith("cases."))
			.sorted(Comparator.comparing(Indicator::code))
			.toList();
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	/**
	 * The area asked for, checked: codes of units that exist, a community of the street named, inside the reader's
	 * data scope (403 otherwise). Without codes, the district, or for a reader scoped to a street or community, that.
	 */
	Area area(String street, String community, Actor reader) {
		OrgUnit s = street == null || street.isBlank() ? null : unit("street", street, UnitLevel.STREET);
		OrgUnit c = community == null || community.isBlank() ? null : unit("community", community, UnitLevel.COMMUNITY);
		if (c != null) {
			if (s != null && !s.code().equals(c.parentCode())) {
				throw ApiProblem.badInput("community", "community_not_in_street", "社区 " + c.code() + " 不属于街道 " + s.code());
			}
			s = units.find(c.parentCode()).orElseThrow();
		}
		OrgUnit district = units.district();
		OrgUnit own = units.find(reader.scope().unitCode()).orElse(null);
		boolean department = own != null && own.level() == UnitLevel.DEPARTMENT;
		if (s == null && !reader.scope().covers(district.path()) && own != null) {
			// A street's or community's account opens its own area.
			if (own.level() == UnitLevel.STREET) {
				s = own;
			}
			else if (own.level() == UnitLevel.COMMUNITY) {
				c = own;
				s = units.find(own.parentCode()).orElseThrow();
			}
		}
		Area area = new Area(c != null ? c : s != null ? s : district, s, c);
		// A department's account sees the district's cockpit with its own row only (forReader), as the statistics
		// page shows a department the district's figures beside its own; it has no territory to drill into.
		if (department ? !area.district() : !reader.scope().covers(area.unit().path())) {
			throw ApiProblem.forbidden("out_of_scope", "无权查看" + area.unit().name() + "的驾驶舱");
		}
		return area;
	}

	private OrgUnit unit(String field, String code, UnitLevel level) {
		String value = code.strip();
		if (!value.matches(CODE)) {
			throw ApiProblem.badInput(field, "invalid_" + field, "代码应为 9 或 12 位数字：" + field);
		}
		return units.find(value)
			.filter(u -> u.level() == level)
			.orElseThrow(() -> ApiProblem.badInput(field, "unknown_" + field, "没有这个" + level.label() + "：" + value));
	}

	/**
	 * The summary as the reader may see it: the streets' and departments' rows inside the reader's data scope (a
	 * department's account sees its own department's row).
	 */
	Summary forReader(Summary s, Actor reader) {
		if (s.streets().isEmpty() || reader.scope().covers(units.district().path())) {
			return s;
		}
		java.util.function.Predicate<Rates> own = r -> r.code().equals(reader.scope().unitCode());
		return new Summary(s.code(), s.name(), s.level(), s.trail(), s.from(), s.to(), s.intake(), s.rates(),
				s.streets().stream().filter(own).toList(), s.departments().stream().filter(own).toList(), s.open(),
				s.openLink(), s.overdueLink(), s.loops(), s.at(), s.fingerprint());
	}

	/**
	 * One reading of this month's figures shared by the areas a push serves: the 三率 of the district, its streets and
	 * departments, read once, and each loop's figure read once per area it is counted in (a loop counted only
	 * district-wide is read once for every area).
	 */
	final class Reading {

		private final LocalDate today = today();
		private final CaseFigures.Standings standings = figures.standings(today.withDayOfMonth(1), today);
		private final Map<String, Loop> loops = new HashMap<>();

		private List<Loop> loops(Area area) {
			Indicator.Area where = area.indicators();
			return indicators.stream().map(i -> {
				Indicator.Area counted = where.within(i.grain());
				return loops.computeIfAbsent(i.code() + "@" + counted, k -> new Loop(i.code(), i.name(), i.unit(),
						i.measure().over(today.withDayOfMonth(1), today, counted).orElse(null), i.definition(),
						name(counted)));
			}).toList();
		}

		private String name(Indicator.Area counted) {
			String code = counted.community() != null ? counted.community() : counted.street();
			return code == null ? units.district().name() : units.find(code).map(OrgUnit::name).orElse(code);
		}
	}

	Reading reading() {
		return new Reading();
	}

	Summary summary(Area area) {
		return summary(area, reading());
	}

	Summary summary(Area area, Reading reading) {
		LocalDate today = today();
		LocalDate monthStart = today.withDayOfMonth(1);
		CasePlaces.Area where = area.cases();
		LocalDate lastMonthStart = monthStart.minusMonths(1);
		LocalDate lastMonthSameDay = today.minusMonths(1).isBefore(lastMonthStart) ? lastMonthStart : today.minusMonths(1);
		Map<String, Long> channels = new LinkedHashMap<>();
		places.channels(monthStart, today, where).forEach((c, n) -> channels.put(c.label(), n));
		Intake intake = new Intake(places.received(today, today, where), channels.values().stream().mapToLong(Long::longValue).sum(),
				places.received(lastMonthStart, lastMonthSameDay, where), channels);

		CaseFigures.Standings standings = reading.standings;
		String streetCode = area.street() == null ? null : area.street().code();
		Function<CaseFigures.UnitFigures, Rates> street = u -> rates(u, "/cockpit?street=" + u.code());
		Rates rates;
		if (area.district()) {
			CaseFigures.Figures d = standings.district();
			rates = new Rates(area.unit().code(), area.unit().name(), d.received(), d.response(), d.resolution(),
					d.satisfaction(), null, "/stats?period=MONTH");
		}
		else {
			rates = standings.streets().stream().filter(u -> u.code().equals(streetCode)).findFirst()
				.map(u -> rates(u, "/stats?period=MONTH"))
				.orElse(new Rates(streetCode, area.street().name(), 0, null, null, null, null, null));
		}
		List<Rates> streets = area.district() ? standings.streets().stream().map(street).toList() : List.of();
		List<Rates> departments = area.district()
				? standings.departments().stream().map(u -> rates(u, "/cases?leadUnit=" + u.code())).toList() : List.of();
		CasePlaces.Open open = places.open(where);
		String placeQuery = area.community() != null ? "place=" + area.community().code()
				: area.street() != null ? "street=" + area.street().code() : "";
		String openLink = "/cases?state=" + CaseWorkflow.OPEN.stream().map(Enum::name).collect(Collectors.joining(","))
				+ (placeQuery.isEmpty() ? "" : "&" + placeQuery);
		List<Loop> loops = reading.loops(area);
		OrgUnit district = units.district();
		List<Crumb> trail = area.trail(district).stream().map(u -> new Crumb(u.code(), u.name(), link(u))).toList();
		String fingerprint = Integer.toHexString(Objects.hash(intake, rates, streets, departments, open, loops));
		return new Summary(area.unit().code(), area.unit().name(), area.unit().level().name(), trail, monthStart, today,
				intake, rates, streets, departments, open, openLink, openLink + "&light=RED", loops, clock.instant(),
				fingerprint);
	}

	private static Rates rates(CaseFigures.UnitFigures u, String link) {
		return new Rates(u.code(), u.name(), u.received(), u.response(), u.resolution(), u.satisfaction(),
				u.composite(), link);
	}

	/** The cockpit of a unit: the district's, a street's, or a community's (in its street). */
	private static String link(OrgUnit u) {
		return switch (u.level()) {
			case STREET -> "/cockpit?street=" + u.code();
			case COMMUNITY -> "/cockpit?street=" + u.parentCode() + "&community=" + u.code();
			default -> "/cockpit";
		};
	}

	/** The cases received in the last {@link #WINDOW_DAYS} days per place directly below the area, every place listed. */
	Heat heat(Area area) {
		LocalDate to = today();
		LocalDate from = to.minusDays(WINDOW_DAYS - 1);
		Map<String, Long> counted = places.places(from, to, area.cases()).stream()
			.collect(Collectors.toMap(CasePlaces.Count::code, CasePlaces.Count::received));
		UnitLevel level = UnitLevel.valueOf(area.cases().childLevel());
		List<OrgUnit> below = area.district() ? units.streets() : units.below(area.unit().code(), level);
		String period = "&from=" + from + "&to=" + to;
		List<Cell> cells = below.stream()
			.map(u -> new Cell(u.code(), u.shortName() != null ? u.shortName() : u.name(), counted.getOrDefault(u.code(), 0L),
					level == UnitLevel.GRID ? "/cases?place=" + u.code() + period : link(u)))
			.toList();
		return new Heat(level.name(), area.unit().code(), from, to,
				cells.stream().mapToLong(Cell::received).max().orElse(0), cells);
	}

	/** The last 13 months (this one so far), each with 环比 and 同比. */
	Trends trends(Area area) {
		YearMonth now = YearMonth.from(today());
		List<CasePlaces.Month> months = places.monthly(now.minusMonths(24), now, area.cases());
		Map<YearMonth, Long> byMonth = months.stream()
			.collect(Collectors.toMap(CasePlaces.Month::month, CasePlaces.Month::received));
		List<TrendMonth> shown = new ArrayList<>();
		for (YearMonth m = now.minusMonths(12); !m.isAfter(now); m = m.plusMonths(1)) {
			long n = byMonth.getOrDefault(m, 0L);
			shown.add(new TrendMonth(m, n, change(n, byMonth.getOrDefault(m.minusMonths(1), 0L)),
					change(n, byMonth.getOrDefault(m.minusYears(1), 0L))));
		}
		return new Trends(area.unit().code(), shown);
	}

	/** The categories received more often in the last {@link #WINDOW_DAYS} days than in those before, most risen first. */
	Rising rising(Area area, int limit) {
		LocalDate to = today();
		LocalDate from = to.minusDays(WINDOW_DAYS - 1);
		Map<String, Long> before = places.categories(from.minusDays(WINDOW_DAYS), from.minusDays(1), area.cases())
			.stream()
			.collect(Collectors.toMap(CasePlaces.Count::code, CasePlaces.Count::received));
		String place = area.community() != null ? "&place=" + area.community().code()
				: area.street() != null ? "&street=" + area.street().code() : "";
		List<RisingCategory> risen = places.categories(from, to, area.cases()).stream()
			.filter(c -> !c.code().isEmpty())
			.map(c -> {
				long b = before.getOrDefault(c.code(), 0L);
				return new RisingCategory(c.code(), null, c.received(), b, c.received() - b, change(c.received(), b),
						"/cases?category=" + c.code() + place + "&from=" + from + "&to=" + to);
			})
			.filter(c -> c.change() > 0)
			.sorted(Comparator.comparingLong(RisingCategory::change).reversed().thenComparing(RisingCategory::code))
			.limit(limit)
			.map(c -> new RisingCategory(c.code(), categories.pathOf(c.code()), c.received(), c.before(), c.change(),
					c.percent(), c.link()))
			.toList();
		return new Rising(area.unit().code(), from, to, risen);
	}

	/** The change from {@code before} to {@code now} in percent, one decimal; {@code null} from nothing. */
	static BigDecimal change(long now, long before) {
		return Percent.change(BigDecimal.valueOf(before), BigDecimal.valueOf(now));
	}
}
