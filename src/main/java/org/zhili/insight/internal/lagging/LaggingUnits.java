package org.zhili.insight.internal.lagging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseFigures;
import org.zhili.cases.CaseFigures.UnitFigures;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;
import org.zhili.process.Supervisions.Supervision;

/**
 * The month's weakest streets and departments (后进): the bottom of the 综合成绩 ranking, each with the indicators
 * furthest below the district that put it there, and the 约谈 ordered through 督办.
 */
@Service
@Transactional
public class LaggingUnits {

	static final String LOOP = "lagging";

	/** An indicator below the district's value. */
	public record Reason(String indicator, BigDecimal value, BigDecimal district) {

		public BigDecimal gap() {
			return district.subtract(value);
		}
	}

	/** A lagging unit: its rank among {@code of} ranked units, and its 约谈 if one was ordered this month. */
	public record Lagging(int rank, int of, String code, String name, long received, BigDecimal composite,
			List<Reason> reasons, Supervision interview) {
	}

	public record Month(YearMonth month, List<Lagging> streets, List<Lagging> departments) {
	}

	private final CaseFigures figures;
	private final Supervisions supervisions;
	private final LaggingProperties properties;
	private final Clock clock;

	LaggingUnits(CaseFigures figures, Supervisions supervisions, LaggingProperties properties, Clock clock) {
		this.figures = figures;
		this.supervisions = supervisions;
		this.properties = properties;
		this.clock = clock;
	}

	/** The last complete month: a month is judged once it is over. */
	public YearMonth lastMonth() {
		return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
	}

	@Transactional(readOnly = true)
	public Month of(YearMonth month) {
		if (!month.isBefore(YearMonth.from(LocalDate.now(clock)))) {
			throw ApiProblem.badInput("month", "month_not_over", "只能查看已结束的月份（最近为 " + lastMonth() + "）");
		}
		CaseFigures.Standings standings = figures.standings(month.atDay(1), month.atEndOfMonth());
		Map<String, Supervision> interviews = supervisions.of(LOOP, itemId(month)).stream()
			.collect(Collectors.toMap(Supervision::unitCode, Function.identity(), (a, b) -> b));
		return new Month(month, bottom(standings.streets(), standings.district(), interviews),
				bottom(standings.departments(), standings.district(), interviews));
	}

	/**
	 * Orders a 约谈 of a unit on the month's list; the unit answers it as any 督办, and it climbs no further.
	 *
	 * @throws ApiProblem 422 {@code not_lagging} for a unit not on the list, 409 {@code already_interviewed}
	 */
	public Supervision interview(YearMonth month, String unitCode, String note, Actor actor) {
		Month m = of(month);
		Lagging unit = java.util.stream.Stream.concat(m.streets().stream(), m.departments().stream())
			.filter(l -> l.code().equals(unitCode))
			.findFirst()
			.orElseThrow(() -> ApiProblem.unprocessable("not_lagging", "该单位不在 " + month + " 的后进名单中", null));
		if (unit.interview() != null) {
			throw ApiProblem.conflict("already_interviewed", unit.name() + " 已因 " + month + " 的后进被约谈");
		}
		String reasons = unit.reasons().stream()
			.map(r -> r.indicator() + " " + r.value().toPlainString() + "%（全区 " + r.district().toPlainString() + "%）")
			.collect(Collectors.joining("，"));
		String text = month + " 综合成绩第 " + unit.rank() + " 名（共 " + unit.of() + " 个）"
				+ (reasons.isEmpty() ? "" : "，" + reasons) + (note == null || note.isBlank() ? "" : "。" + note.strip());
		return supervisions.issue(new Supervisions.Order(LOOP, itemId(month), month + " 后进：" + unit.name(),
				"/lagging?month=" + month, unitCode, SupervisionLevel.INTERVIEW, text, null), actor.username(),
				clock.instant());
	}

	private List<Lagging> bottom(List<UnitFigures> units, CaseFigures.Figures district, Map<String, Supervision> interviews) {
		List<UnitFigures> ranked = units.stream()
			.filter(u -> u.composite() != null && u.received() >= properties.minCases())
			.sorted(Comparator.comparing(UnitFigures::composite).reversed())
			.toList();
		List<Lagging> lagging = new ArrayList<>();
		for (int i = ranked.size() - 1; i >= 0 && lagging.size() < properties.perLevel(); i--) {
			UnitFigures u = ranked.get(i);
			lagging.add(new Lagging(i + 1, ranked.size(), u.code(), u.name(), u.received(), u.composite(),
					reasons(u, district), interviews.get(u.code())));
		}
		return lagging;
	}

	/** The indicators below the district's, furthest first. */
	static List<Reason> reasons(UnitFigures u, CaseFigures.Figures district) {
		List<Reason> below = new ArrayList<>();
		add(below, "响应率", u.response(), district.response());
		add(below, "解决率", u.resolution(), district.resolution());
		add(below, "满意率", u.satisfaction(), district.satisfaction());
		below.sort(Comparator.comparing(Reason::gap).reversed());
		return below;
	}

	private static void add(List<Reason> below, String name, BigDecimal value, BigDecimal district) {
		if (value != null && district != null && value.compareTo(district) < 0) {
			below.add(new Reason(name, value, district));
		}
	}

	/** The 督办's item: the month, as 202611. */
	static long itemId(YearMonth month) {
		return month.getYear() * 100L + month.getMonthValue();
	}
}
