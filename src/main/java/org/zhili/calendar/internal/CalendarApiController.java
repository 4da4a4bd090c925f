package org.zhili.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.calendar.DayStatus;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.OfficeHours;
import org.zhili.calendar.TimeLimit;
import org.zhili.identity.Actor;

/**
 * The working calendar for API clients. Answers carry {@code published: false} wherever part of the answer
 * rests on a year without a State Council notice (Monday–Friday assumed), so that nobody mistakes a guess
 * for the official arrangement.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@PreAuthorize("hasAuthority('CALENDAR_VIEW')")
@Tag(name = "工作日历", description = "法定节假日与调休、工作日和工作时计算")
class CalendarApiController {

	record DayAnswer(LocalDate date, DayStatus.Kind kind, boolean workingDay, String holidayName, boolean published) {

		static DayAnswer of(DayStatus status) {
			return new DayAnswer(status.date(), status.kind(), status.workingDay(), status.holidayName(),
					status.published());
		}
	}

	record AddedDays(LocalDate from, int days, LocalDate result, boolean published) {
	}

	record DaysBetween(LocalDate from, LocalDate to, int workingDays, boolean published) {
	}

	record AddedTime(OffsetDateTime from, Duration amount, OffsetDateTime result, boolean published) {
	}

	record TimeBetween(OffsetDateTime from, OffsetDateTime to, Duration workingTime, long workingMinutes,
			double workingHours, boolean published) {
	}

	record DeadlineAnswer(OffsetDateTime start, TimeLimit limit, String limitText, OffsetDateTime due,
			OffsetDateTime at, double elapsedFraction, boolean overdue, boolean published) {
	}

	record OfficeHoursAnswer(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
			LocalTime afternoonEnd, Duration perDay, String zone) {
	}

	record YearChange(YearCatalog.YearOverview year, List<LocalDate> changedDays) {
	}

	private final LiveWorkingCalendar calendar;
	private final YearCatalog catalog;
	private final YearMaintenance maintenance;
	private final ApiInputs inputs;
	private final Clock clock;

	CalendarApiController(LiveWorkingCalendar calendar, YearCatalog catalog, YearMaintenance maintenance,
			ApiInputs inputs, Clock clock) {
		this.calendar = calendar;
		this.catalog = catalog;
		this.maintenance = maintenance;
		this.inputs = inputs;
		this.clock = clock;
	}

	@GetMapping("/years")
	@Operation(summary = "已录入节假日安排的年份", description = "未列出的年份尚无国务院通知，按周一至周五计算")
	List<YearCatalog.YearSummary> years() {
		return catalog.published();
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "某年的节假日和调休上班日", description = "published=false 表示该年通知尚未录入，按周一至周五计算")
	YearCatalog.YearOverview year(@PathVariable @Parameter(example = "2026") int year) {
		return catalog.overview(inputs.year("year", year));
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
	@Operation(summary = "新增或更正某年的节假日安排（系统管理员）",
			description = "请求体与 holiday-cn 的年度文件相同：{\"year\":2028,\"papers\":[…],\"days\":[{\"name\":\"元旦\","
					+ "\"date\":\"2028-01-01\",\"isOffDay\":true}]}；isOffDay=false 为周末调休上班。整体校验，全部通过才保存；"
					+ "记入审计日志并通知其他模块重算期限")
	YearChange put(@PathVariable @Parameter(example = "2028") int year,
			@RequestBody(required = false) YearSubmission submission, Actor actor) {
		StoredCalendar.Change change = maintenance.put(inputs.year("year", year), submission, actor);
		return new YearChange(catalog.overview(year), changedDays(change));
	}

	@DeleteMapping("/years/{year}")
	@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
	@Operation(summary = "撤销管理员录入的某年安排（系统管理员）",
			description = "内置年份恢复为随系统发布的国务院通知数据，其他年份删除后按周一至周五计算")
	YearChange withdraw(@PathVariable @Parameter(example = "2028") int year) {
		StoredCalendar.Change change = maintenance.withdraw(year);
		return new YearChange(catalog.overview(year), changedDays(change));
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "某天是否上班", description = "kind: WORKDAY 工作日, WEEKEND 周末, HOLIDAY 节假日, "
			+ "ADJUSTED_WORKING_DAY 调休上班")
	DayAnswer day(@PathVariable @Parameter(example = "2026-02-14") String date) {
		return DayAnswer.of(calendar.day(inputs.date("date", date)));
	}

	@GetMapping("/working-days/add")
	@Operation(summary = "加减工作日", description = "起始日不计；从休息日起算时，下一个工作日为第 1 天。days 可为负数")
	AddedDays addWorkingDays(@RequestParam @Parameter(example = "2026-02-13") String from,
			@RequestParam @Parameter(example = "1") int days) {
		CalendarRules rules = calendar.rules();
		LocalDate start = inputs.date("from", from);
		LocalDate result = rules.addWorkingDays(start, inputs.workingDays("days", days));
		return new AddedDays(start, days, result, published(rules, start, result));
	}

	@GetMapping("/working-days/between")
	@Operation(summary = "两日之间的工作日数", description = "起始日不计、截止日计入；to 早于 from 时为负数")
	DaysBetween workingDaysBetween(@RequestParam @Parameter(example = "2026-02-13") String from,
			@RequestParam @Parameter(example = "2026-02-24") String to) {
		CalendarRules rules = calendar.rules();
		LocalDate start = inputs.date("from", from);
		LocalDate end = inputs.date("to", to);
		inputs.span("to", start, end);
		return new DaysBetween(start, end, rules.workingDaysBetween(start, end), published(rules, start, end));
	}

	@GetMapping("/working-hours/add")
	@Operation(summary = "加减工作时", description = "只计办公时间内的时长；办公时间外起算的，从下一个办公时段开始。"
			+ "时间不带时区时按北京时间")
	AddedTime addWorkingHours(@RequestParam @Parameter(example = "2026-02-13T16:00") String from,
			@RequestParam(defaultValue = "0") @Parameter(example = "3") int hours,
			@RequestParam(defaultValue = "0") @Parameter(example = "0") int minutes) {
		CalendarRules rules = calendar.rules();
		Instant start = inputs.instant("from", from, rules.zone());
		Duration amount = inputs.workingTime("hours", hours * 60L + minutes);
		Instant result = rules.addWorkingTime(start, amount);
		return new AddedTime(local(start), amount, local(result), published(rules, day(start), day(result)));
	}

	@GetMapping("/working-hours/between")
	@Operation(summary = "两个时刻之间的工作时长", description = "to 早于 from 时为负数")
	TimeBetween workingTimeBetween(@RequestParam @Parameter(example = "2026-02-13T16:00") String from,
			@RequestParam @Parameter(example = "2026-02-24T10:30") String to) {
		CalendarRules rules = calendar.rules();
		Instant start = inputs.instant("from", from, rules.zone());
		Instant end = inputs.instant("to", to, rules.zone());
		inputs.span("to", day(start), day(end));
		Duration time = rules.workingTimeBetween(start, end);
		return new TimeBetween(local(start), local(end), time, time.toMinutes(), time.toMinutes() / 60.0,
				published(rules, day(start), day(end)));
	}

	@GetMapping("/deadline")
	@Operation(summary = "计算期限及已用比例",
			description = "unit: NATURAL_MINUTES / NATURAL_HOURS 按钟点、不看日历；NATURAL_DAYS 至第 N 天 24 时；"
					+ "WORKING_HOURS 工作时；WORKING_DAYS 至第 N 个工作日下班时。at 缺省为现在")
	DeadlineAnswer deadline(@RequestParam @Parameter(example = "2026-02-13T16:00") String from,
			@RequestParam @Parameter(example = "1") int amount,
			@RequestParam @Parameter(example = "WORKING_DAYS") TimeLimit.Unit unit,
			@RequestParam(required = false) @Parameter(example = "2026-02-14T10:00") String at) {
		CalendarRules rules = calendar.rules();
		Instant start = inputs.instant("from", from, rules.zone());
		TimeLimit limit = inputs.limit(amount, unit);
		Instant moment = at == null ? clock.instant() : inputs.instant("at", at, rules.zone());
		Deadline deadline = rules.deadline(start, limit);
		return new DeadlineAnswer(local(start), limit, limit.toString(), local(deadline.due()), local(moment),
				rules.elapsedFraction(deadline, moment), deadline.overdueAt(moment),
				!unit.working() || published(rules, day(start), day(deadline.due())));
	}

	@GetMapping("/office-hours")
	@Operation(summary = "办公时间（工作时计算所用）")
	OfficeHoursAnswer officeHours() {
		OfficeHours hours = calendar.officeHours();
		return new OfficeHoursAnswer(hours.morningStart(), hours.morningEnd(), hours.afternoonStart(),
				hours.afternoonEnd(), hours.perDay(), calendar.zone().getId());
	}

	/** Whether every year the span touches has its notice loaded. */
	private static boolean published(CalendarRules rules, LocalDate a, LocalDate b) {
		return IntStream.rangeClosed(Math.min(a.getYear(), b.getYear()), Math.max(a.getYear(), b.getYear()))
			.allMatch(rules::isPublished);
	}

	private static List<LocalDate> changedDays(StoredCalendar.Change change) {
		return change.event() == null ? List.of() : change.event().changedDays();
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, calendar.zone());
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(calendar.zone()).toOffsetDateTime();
	}
}
