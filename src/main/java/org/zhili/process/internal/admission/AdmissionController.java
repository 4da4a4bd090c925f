package org.zhili.process.internal.admission;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;

/** 社区准入清单 over HTTP: the list, the assignments waiting for approval and their decisions, the report. */
@RestController
@RequestMapping("/api/v1/community-admission")
@Tag(name = "社区准入", description = "社区工作事项准入清单；清单外事项交社区须经审批；清单外下派情况统计")
class AdmissionController {

	/** What the office sends to decide. */
	record Decision(String note) {
	}

	/** A request as listed, with the units' names and its state's label. */
	record RequestView(AdmissionStore.Request request, String stateLabel, String communityName,
			String assigningUnitName) {
	}

	private final AdmissionService service;
	private final AdmissionStore store;
	private final AdmissionReport report;
	private final Exports exports;
	private final Clock clock;

	AdmissionController(AdmissionService service, AdmissionStore store, AdmissionReport report, Exports exports,
			Clock clock) {
		this.service = service;
		this.store = store;
		this.report = report;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/items")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "社区准入清单：事项名称、设立依据、批准日期（all=true 含已移出的）")
	List<WorkItem> items(@RequestParam(defaultValue = "false") boolean all) {
		return store.items(!all);
	}

	@PostMapping("/items")
	@PreAuthorize("hasAuthority('COMMUNITY_LIST_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "增加清单事项（同名有效事项 409）")
	WorkItem add(@RequestBody AdmissionService.ItemInput in, Actor actor) {
		return service.addItem(in, actor);
	}

	@PutMapping("/items/{id}")
	@PreAuthorize("hasAuthority('COMMUNITY_LIST_MANAGE')")
	@Operation(summary = "修改清单事项；active=false 移出清单")
	WorkItem update(@PathVariable long id, @RequestBody AdmissionService.ItemInput in, Actor actor) {
		return service.updateItem(id, in, actor);
	}

	@GetMapping("/assignments")
	@PreAuthorize("hasAnyAuthority('COMMUNITY_LIST_MANAGE', 'PLAN_MANAGE')")
	@Operation(summary = "交社区的事项：state=PENDING 待审批，LISTED 清单内，APPROVED 已批准，REFUSED 不予准入；默认全部，最新在前")
	List<RequestView> assignments(@RequestParam(required = false) String state) {
		if (state != null && AdmissionState.named(state).isEmpty()) {
			throw ApiProblem.badInput("state", "unknown_state", "state 须为 LISTED、PENDING、APPROVED 或 REFUSED");
		}
		return store.requests(state, 500).stream().map(this::view).toList();
	}

	@PostMapping("/assignments/{id}/approve")
	@PreAuthorize("hasAuthority('COMMUNITY_LIST_MANAGE')")
	@Operation(summary = "批准清单外事项交社区：交办的业务随即生效")
	RequestView approve(@PathVariable long id, @RequestBody(required = false) Decision d, Actor actor) {
		return view(service.decide(id, true, d == null ? null : d.note(), actor));
	}

	@PostMapping("/assignments/{id}/refuse")
	@PreAuthorize("hasAuthority('COMMUNITY_LIST_MANAGE')")
	@Operation(summary = "不予准入（须说明理由）：社区不承担该事项")
	RequestView refuse(@PathVariable long id, @RequestBody(required = false) Decision d, Actor actor) {
		return view(service.decide(id, false, d == null ? null : d.note(), actor));
	}

	@GetMapping("/report")
	@PreAuthorize("hasAnyAuthority('COMMUNITY_LIST_MANAGE', 'STATS_VIEW')")
	@Operation(summary = "下派社区事项统计：按社区和交办单位，清单内与清单外（已批准、不予准入、待审批）；默认本年至今")
	AdmissionReport.Report report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reportFor(from, to);
	}

	@GetMapping("/report.csv")
	@PreAuthorize("hasAnyAuthority('COMMUNITY_LIST_MANAGE', 'STATS_VIEW')")
	@Operation(summary = "下派社区事项统计（CSV）")
	void csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AdmissionReport.Report r = reportFor(from, to);
		exports.csv(spec(r), Exports.Rows.of(r.lines()), response);
	}

	@GetMapping("/report.xlsx")
	@PreAuthorize("hasAnyAuthority('COMMUNITY_LIST_MANAGE', 'STATS_VIEW')")
	@Operation(summary = "下派社区事项统计（Excel，记入审计）")
	void xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			HttpServletResponse response) throws IOException {
		AdmissionReport.Report r = reportFor(from, to);
		exports.export(spec(r), Exports.Rows.of(r.lines()), actor, response);
	}

	AdmissionReport.Report reportFor(LocalDate from, LocalDate to) {
		LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE) : to;
		return report.of(from == null ? end.withDayOfYear(1) : from, end);
	}

	static Exports.Spec<AdmissionReport.Line> spec(AdmissionReport.Report r) {
		return Exports.Spec.of("community-admission", "下派社区事项", r.from() + " 至 " + r.to(), List.of(
				Exports.Column.<AdmissionReport.Line>of("街道", 12, AdmissionReport.Line::streetName),
				Exports.Column.<AdmissionReport.Line>of("社区", 16, AdmissionReport.Line::communityName),
				Exports.Column.<AdmissionReport.Line>of("社区代码", 14, AdmissionReport.Line::communityCode),
				Exports.Column.<AdmissionReport.Line>of("交办单位", 18, AdmissionReport.Line::assigningUnitName),
				Exports.Column.<AdmissionReport.Line>of("清单内", 8, AdmissionReport.Line::listed),
				Exports.Column.<AdmissionReport.Line>of("清单外", 8, AdmissionReport.Line::offList),
				Exports.Column.<AdmissionReport.Line>of("其中已批准", 10, AdmissionReport.Line::approved),
				Exports.Column.<AdmissionReport.Line>of("不予准入", 10, AdmissionReport.Line::refused),
				Exports.Column.<AdmissionReport.Line>of("待审批", 8, AdmissionReport.Line::pending)), 5000);
	}

	RequestView view(AdmissionStore.Request r) {
		return new RequestView(r, AdmissionState.labelOf(r.state()), service.unitName(r.communityCode()),
				service.unitName(r.assigningUnit()));
	}
}
