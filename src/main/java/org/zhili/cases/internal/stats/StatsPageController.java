package org.zhili.cases.internal.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.cases.StatsContribution;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * 统计与排名: the monthly ranking of streets and departments (table and chart) and the 三率 of each over a
 * chosen period; every figure links to the case list behind it. Server-rendered, so it works without
 * scripts; the chart is drawn from the ranking table.
 */
@Controller
class StatsPageController {

	private final ThreeRates stats;
	private final Clock clock;
	private final ObjectProvider<StatsContribution> contributions;

	StatsPageController(ThreeRates stats, Clock clock, ObjectProvider<StatsContribution> contributions) {
		this.stats = stats;
		this.clock = clock;
		this.contributions = contributions;
	}

	@GetMapping("/stats")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String page(Actor actor, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model,
			Locale locale) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		Period shown;
		try {
			shown = Period.of(StatsController.parse(Period.Kind.class, period, "period", null), date, from, to, today,
					stats.properties().maxDays());
		}
		catch (ApiProblem problem) {
			// A page answers bad input with the default period and says what was wrong.
			model.addAttribute("problem", problem.getMessage());
			shown = Period.containing(Period.Kind.MONTH, today);
		}
		YearMonth ranked = month != null && month.getYear() >= 2000 && month.getYear() <= 2100 ? month
				: YearMonth.from(shown.to());
		model.addAttribute("period", shown);
		model.addAttribute("date", date != null ? date : shown.kind() == Period.Kind.CUSTOM ? shown.to() : today);
		model.addAttribute("month", ranked);
		model.addAttribute("columns", StatsTable.COLUMNS);
		// The counters are read once per period for both levels; the ranked month is usually the period shown.
		Map<String, Counts> shownSums = stats.sums(shown);
		Period rankedPeriod = Period.month(ranked);
		Map<String, Counts> rankedSums = rankedPeriod.from().equals(shown.from()) && rankedPeriod.to().equals(shown.to())
				? shownSums : stats.sums(rankedPeriod);
		model.addAttribute("streetLines",
				StatsTable.lines(stats.report(StatsLevel.STREET, shown, shownSums, actor.scope()), locale));
		model.addAttribute("departmentLines",
				StatsTable.lines(stats.report(StatsLevel.DEPARTMENT, shown, shownSums, actor.scope()), locale));
		model.addAttribute("rankColumns", StatsTable.RANK_COLUMNS);
		model.addAttribute("streetRanking",
				StatsTable.lines(stats.ranking(StatsLevel.STREET, ranked, rankedSums, actor.scope()), locale));
		model.addAttribute("departmentRanking",
				StatsTable.lines(stats.ranking(StatsLevel.DEPARTMENT, ranked, rankedSums, actor.scope()), locale));
		model.addAttribute("weighing", ThreeRates.Weighing.of(stats.properties()));
		model.addAttribute("kinds", Period.Kind.values());
		// Tables of other modules (e.g. routing's accuracy per category) for the same period.
		Period contributed = shown;
		List<StatsContribution.Table> tables = contributions.orderedStream()
			.map(c -> c.table(contributed.from(), contributed.to(), actor, locale))
			.flatMap(Optional::stream)
			.toList();
		model.addAttribute("contributions", tables);
		return "cases/stats/stats";
	}
}
