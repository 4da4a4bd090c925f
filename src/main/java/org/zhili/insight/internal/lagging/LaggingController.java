package org.zhili.insight.internal.lagging;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Supervisions.Supervision;

/** The 后进 list over HTTP, and the 约谈 it feeds. */
@RestController
@RequestMapping("/api/v1/lagging")
@Tag(name = "每月一题")
class LaggingController {

	record InterviewRequest(String month, String unit, String note) {
	}

	private final LaggingUnits lagging;

	LaggingController(LaggingUnits lagging) {
		this.lagging = lagging;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "某月（默认上月）综合成绩靠后的街道和部门，及其低于全区水平的指标")
	LaggingUnits.Month month(@RequestParam(required = false) String month) {
		return lagging.of(month == null ? lagging.lastMonth() : parse(month));
	}

	@PostMapping("/interviews")
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "对后进名单中的单位发起约谈（督办，约谈级）：单位按时回复，事由写明落后指标")
	Supervision interview(@RequestBody InterviewRequest r, Actor actor) {
		if (r.unit() == null || r.unit().isBlank()) {
			throw ApiProblem.badInput("unit", "missing_unit", "请指定单位");
		}
		return lagging.interview(r.month() == null ? lagging.lastMonth() : parse(r.month()), r.unit().strip(), r.note(),
				actor);
	}

	static YearMonth parse(String month) {
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			throw ApiProblem.badInput("month", "invalid_month", "月份的格式为 2026-11");
		}
	}
}
