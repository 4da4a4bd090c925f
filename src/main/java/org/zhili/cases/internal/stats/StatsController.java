package org.zhili.cases.internal.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** The 三率 statistics and rankings over HTTP. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "三率统计与排名", description = "响应率、解决率、满意率等指标，按街道或部门、按日/周/月或自定义区间；月度综合排名")
class StatsController {

	private static final String PERIOD_DOC = "day、week（周一至周日）、month 或 custom；与 date 一起使用，默认 month";

	private final ThreeRates stats;
	private final Clock clock;

	StatsController(ThreeRates stats, Clock clock) {
		this.stats = stats;
		this.clock = clock;
	}

	@GetMapping("/three-rates")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "三率明细：每个街道（或部门）一行，含各项计数与比率、综合成绩，以及全区合计",
			description = "区间按北京时间的日计，首尾两日都含。每项计数统计当期发生的事件（如派单量为当期派单次数），"
					+ "cases 给出每项计数背后的工单列表地址；比率的工单为其分母的工单。"
					+ "数据范围：只返回账号数据范围内的单位；全区合计仅对全区范围的账号返回。")
	ThreeRates.Report threeRates(Actor actor,
			@Parameter(description = "STREET（街道，默认）或 DEPARTMENT（部门）") @RequestParam(required = false) String level,
			@Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
			@Parameter(description = "period 所在的日期，默认今天") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(description = "自定义区间起日（含）") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "自定义区间止日（含）") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return stats.report(level(level), period(period, date, from, to), actor.scope());
	}

	@GetMapping("/ranking")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "月度排名：全部街道（或部门）按综合成绩排序，并列同名次",
			description = "综合成绩 = 响应率×权重 + 解决率×权重 + 满意率×权重（zhili.stats.weights，默认 10%/50%/40%）。"
					+ "排名在政府内部公开：每个有统计权限的账号都能看到全部单位；无可评价工单的单位排在最后，名次为空。")
	ThreeRates.Ranking ranking(Actor actor,
			@Parameter(description = "STREET（街道，默认）或 DEPARTMENT（部门）") @RequestParam(required = false) String level,
			@Parameter(description = "月份，如 2026-10；默认本月") @RequestParam(required = false)
			@DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		YearMonth shown = month == null ? YearMonth.from(today()) : month;
		if (shown.getYear() < 2000 || shown.getYear() > 2100) {
			throw ApiProblem.badInput("month", "month_out_of_range", "month 须在 2000-01 至 2100-12 之间");
		}
		return stats.ranking(level(level), shown, actor.scope());
	}

	@GetMapping("/series")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "时间序列：区间内每日、每周或每月的三率（按单位与全区），供图表使用",
			description = "默认最近 12 个月、按月。数据范围同三率明细。")
	ThreeRates.Series series(Actor actor,
			@Parameter(description = "STREET（街道，默认）或 DEPARTMENT（部门）") @RequestParam(required = false) String level,
			@Parameter(description = "day、week 或 month（默认）") @RequestParam(required = false) String granularity,
			@Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
			@Parameter(description = "period 所在的日期，默认今天") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(description = "区间起日（含）") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "区间止日（含）") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period.Kind bucket = parse(Period.Kind.class, granularity, "granularity", Period.Kind.MONTH);
		if (bucket == Period.Kind.CUSTOM) {
			throw ApiProblem.badInput("granularity", "invalid_value", "granularity 须为 day、week 或 month");
		}
		Period range;
		if (period == null && date == null && from == null && to == null) {
			YearMonth now = YearMonth.from(today());
			range = new Period(Period.Kind.CUSTOM, now.minusMonths(11).atDay(1), now.atEndOfMonth());
		}
		else {
			range = period(period, date, from, to);
		}
		long points = ThreeRates.points(range, bucket);
		int max = stats.properties().maxSeriesPoints();
		if (points > max) {
			throw ApiProblem.badInput("granularity", "too_many_points",
					"按 " + bucket.name().toLowerCase(Locale.ROOT) + " 划分将有 " + points + " 个点，最多 " + max + " 个；请选更粗的粒度或更短的区间");
		}
		return stats.series(level(level), range, bucket, actor.scope());
	}

	private Period period(String period, LocalDate date, LocalDate from, LocalDate to) {
		return Period.of(parse(Period.Kind.class, period, "period", null), date, from, to, today(),
				stats.properties().maxDays());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	static StatsLevel level(String level) {
		return parse(StatsLevel.class, level, "level", StatsLevel.STREET);
	}

	/** An enum parameter, case-insensitive; a 400 naming {@code field} lists the values allowed. */
	static <E extends Enum<E>> E parse(Class<E> type, String value, String field, E otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
			throw ApiProblem.badInput(field, "invalid_value",
					"参数 " + field + " 的值 '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "' 无效，可选：" + allowed);
		}
	}
}
