package org.zhili.cases.internal.intake;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.cases.PublicFigures;
import org.zhili.cases.PublicRequests;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** 政企互通: which enterprise stands behind a request, and the enterprise figures the district reports. */
@RestController
@Tag(name = "政企互通", description = "企业诉求：企业身份（统一社会信用代码）与企业诉求统计")
class EnterpriseController {

	private final ActionService cases;
	private final EnterpriseRequests enterprises;
	private final PublicFigures figures;
	private final Clock clock;

	EnterpriseController(ActionService cases, EnterpriseRequests enterprises, PublicFigures figures, Clock clock) {
		this.cases = cases;
		this.enterprises = enterprises;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/api/v1/cases/{id}/enterprise")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "企业诉求的企业：统一社会信用代码、企业名称、联系人（非企业诉求返回 404）")
	PublicRequests.Enterprise enterprise(@PathVariable long id, Actor actor) {
		CaseRecord c = cases.visibleCase(id, actor);
		return enterprises.of(c.id())
			.orElseThrow(() -> ApiProblem.notFound("not_an_enterprise_request", "该工单不是企业诉求"));
	}

	@GetMapping("/api/v1/stats/enterprises")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "企业诉求统计：受理、办结、已解决（企业问题解决数）和解决率",
			description = "按登记日期计，区间按北京时间的日计，首尾两日都含；默认本月至今。")
	PublicFigures.Enterprises statistics(
			@Parameter(description = "起日（含），默认本月 1 日") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "止日（含），默认今天") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfMonth(1) : from;
		if (end.isBefore(start)) {
			throw ApiProblem.badInput("to", "reversed_range", "to（" + end + "）不能早于 from（" + start + "）");
		}
		if (start.plusYears(3).isBefore(end)) {
			throw ApiProblem.badInput("to", "range_too_long", "统计区间最长 3 年");
		}
		return figures.enterprises(start, end);
	}
}
