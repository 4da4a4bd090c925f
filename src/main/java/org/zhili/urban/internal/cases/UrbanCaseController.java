package org.zhili.urban.internal.cases;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.cases.UrbanCaseSteps.PhotoInput;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

/** The urban-management loop over HTTP: report, read, each step, the approvals, the 12345 link, the export. */
@RestController
@RequestMapping("/api/v1/urban/cases")
@Tag(name = "城管案卷", description = "数字城管（GB/T 30428.8）：信息采集、核实、立案、派遣、处置、处理反馈、核查、结案；延期、回退、挂账、作废须值班长批准")
class UrbanCaseController {

	record VerifyRequest(Boolean valid, String note, String kind, String classCode, PhotoInput photo) {
	}

	record RegisterRequest(String note, String kind, String classCode, Boolean urgent) {
	}

	record DispatchRequest(String unitCode, String note) {
	}

	record FeedbackRequest(String note, PhotoInput photo) {
	}

	record CheckRequest(Boolean passed, String note, PhotoInput photo) {
	}

	record NoteRequest(String note) {
	}

	record ReasonRequest(String reason) {
	}

	record ApplyRequest(String kind, String reason, String extension) {
	}

	record HotlineRequest(String trackingNumber) {
	}

	static final int MAX_ROWS = 5000;

	private final UrbanCaseSteps steps;
	private final UrbanCaseQueries queries;
	private final UrbanCaseHotline hotline;
	private final Exports exports;
	private final Journal journal;

	UrbanCaseController(UrbanCaseSteps steps, UrbanCaseQueries queries, UrbanCaseHotline hotline, Exports exports,
			Journal journal) {
		this.steps = steps;
		this.queries = queries;
		this.hotline = hotline;
		this.exports = exports;
		this.journal = journal;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "案卷列表：state（可多个，逗号分隔）、open、street、handler、source（PATROL/PUBLIC）、kind、classCode、q、light（GREEN/YELLOW/RED）筛选；每件带当前环节及其红黄绿灯")
	List<UrbanCaseViews.Line> list(Actor actor, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String street,
			@RequestParam(required = false) String handler, @RequestParam(required = false) String source,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String classCode,
			@RequestParam(required = false) String q, @RequestParam(required = false) String light,
			@RequestParam(defaultValue = "200") int limit) {
		return queries.lines(filter(state, open, street, handler, source, kind, classCode, q, light, limit), actor);
	}

	@GetMapping("/shares")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "延期、挂账、作废、回退、返工的件数和占比（延期率、挂账率以立案数为分母，作废率以上报数为分母）")
	UrbanCaseQueries.Shares shares(Actor actor) {
		return queries.shares(actor);
	}

	@GetMapping("/approvals")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "待值班长审批的延期、回退、挂账、作废申请")
	List<Map<String, Object>> approvals(Actor actor) {
		return queries.approvals(actor).stream()
			.map(e -> Map.<String, Object>of("request", e.getKey(), "case", e.getValue())).toList();
	}

	@GetMapping("/patrol")
	@PreAuthorize("hasAuthority('URBAN_REPORT')")
	@Operation(summary = "监督员巡查区域内待核实、待核查的案卷")
	Map<String, List<UrbanCaseViews.Line>> patrol(Actor actor) {
		return Map.of("toVerify", queries.patrolQueue(actor, State.TO_VERIFY), "toCheck",
				queries.patrolQueue(actor, State.TO_CHECK));
	}

	@PostMapping
	@PreAuthorize("hasAnyAuthority('URBAN_REPORT', 'URBAN_REGISTER', 'URBAN_DISPATCH')")
	@Operation(summary = "信息采集：监督员上报（source=PATROL，须附照片 photo{name,data(base64)}、位置 lng/lat 或部件编码 componentId）；"
			+ "监督指挥中心登记公众举报（source=PUBLIC，须监督员核实）")
	ResponseEntity<UrbanCaseViews.Detail> report(@RequestBody UrbanCaseSteps.Report body, Actor actor) {
		long id = steps.report(body, actor);
		return ResponseEntity.created(URI.create("/api/v1/urban/cases/" + id)).body(queries.detail(id, actor));
	}

	@PostMapping("/from-hotline")
	@PreAuthorize("hasAnyAuthority('URBAN_DISPATCH', 'URBAN_REGISTER', 'CASE_DISPATCH')")
	@Operation(summary = "把一件12345工单（trackingNumber）立为公众举报来源的城管案卷（待核实），两边互相关联；同一工单只立一件")
	ResponseEntity<UrbanCaseViews.Detail> fromHotline(@RequestBody HotlineRequest body, Actor actor) {
		long id = hotline.link(body.trackingNumber(), actor);
		return ResponseEntity.created(URI.create("/api/v1/urban/cases/" + id)).body(queries.detail(id, actor));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "一件案卷：各环节时间、办理人、是否按时，当前环节及时限，申请，时间线，照片，督办，关联事项，当前可做的操作")
	UrbanCaseViews.Detail get(@PathVariable long id, Actor actor) {
		return queries.detail(id, actor);
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "全过程记录")
	List<TimelineEntry> timeline(@PathVariable long id, Actor actor) {
		return queries.timeline(id, actor);
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize("hasAuthority('URBAN_REPORT')")
	@Operation(summary = "核实（监督员现场）：valid=true 属实转立案（可更正 kind/classCode），false 不属实（须说明 note），可附照片")
	UrbanCaseViews.Detail verify(@PathVariable long id, @RequestBody VerifyRequest r, Actor actor) {
		steps.verify(id, r.valid(), r.note(), r.kind(), r.classCode(), r.photo(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/register")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "立案（值班长，对照小类立案条件；可更正小类 kind/classCode 和紧急程度 urgent）")
	UrbanCaseViews.Detail register(@PathVariable long id, @RequestBody(required = false) RegisterRequest r, Actor actor) {
		RegisterRequest b = r == null ? new RegisterRequest(null, null, null, null) : r;
		steps.register(id, b.note(), b.kind(), b.classCode(), b.urgent(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/decline")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "不予立案（值班长，须说明理由）")
	UrbanCaseViews.Detail decline(@PathVariable long id, @RequestBody ReasonRequest r, Actor actor) {
		steps.decline(id, r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize("hasAuthority('URBAN_DISPATCH')")
	@Operation(summary = "派遣（派遣员）：unitCode 不填时派往部件的主管部门或小类的处置单位；处置时限按小类和紧急程度")
	UrbanCaseViews.Detail dispatch(@PathVariable long id, @RequestBody(required = false) DispatchRequest r, Actor actor) {
		steps.dispatch(id, r == null ? null : r.unitCode(), r == null ? null : r.note(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize("hasAuthority('URBAN_HANDLE')")
	@Operation(summary = "处理反馈（承办单位）：处置情况 note 和处置后照片 photo")
	UrbanCaseViews.Detail feedback(@PathVariable long id, @RequestBody FeedbackRequest r, Actor actor) {
		steps.feedback(id, r.note(), r.photo(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/check")
	@PreAuthorize("hasAuthority('URBAN_REPORT')")
	@Operation(summary = "核查（监督员现场，须附照片）：passed=true 转结案；false 退回处置（返工，须说明 note）")
	UrbanCaseViews.Detail check(@PathVariable long id, @RequestBody CheckRequest r, Actor actor) {
		steps.check(id, r.passed(), r.note(), r.photo(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "结案（值班长，对照小类结案条件）")
	UrbanCaseViews.Detail close(@PathVariable long id, @RequestBody(required = false) NoteRequest r, Actor actor) {
		steps.close(id, r == null ? null : r.note(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/request")
	@PreAuthorize("hasAnyAuthority('URBAN_REPORT', 'URBAN_DISPATCH', 'URBAN_HANDLE')")
	@Operation(summary = "申请 kind = POSTPONE（延期，extension 如 1wd）/ RETURN（回退，非本单位职责）/ SUSPEND（挂账）/ VOID（作废），须说明理由，待值班长审批")
	UrbanCaseViews.Detail request(@PathVariable long id, @RequestBody ApplyRequest r, Actor actor) {
		steps.request(id, r.kind(), r.reason(), r.extension(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "值班长批准待审批的申请（延期顺延处置时限；回退重新派遣；挂账暂停计时；作废终止案卷）")
	UrbanCaseViews.Detail approve(@PathVariable long id, @RequestBody(required = false) NoteRequest r, Actor actor) {
		steps.approve(id, r == null ? null : r.note(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/refuse")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "值班长不批准待审批的申请，须说明理由")
	UrbanCaseViews.Detail refuse(@PathVariable long id, @RequestBody ReasonRequest r, Actor actor) {
		steps.refuse(id, r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/resume")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	@Operation(summary = "挂账案卷恢复处置（处置计时按剩余时间继续）")
	UrbanCaseViews.Detail resume(@PathVariable long id, @RequestBody(required = false) NoteRequest r, Actor actor) {
		steps.resume(id, r == null ? null : r.note(), actor);
		return queries.detail(id, actor);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "导出案卷为 Excel（与列表相同的范围和筛选，含各环节是否按时和时间线；记入审计）")
	void export(Actor actor, @RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) String street, @RequestParam(required = false) String handler,
			@RequestParam(required = false) String source, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String classCode, @RequestParam(required = false) String q,
			@RequestParam(required = false) String light, HttpServletResponse response) throws IOException {
		List<UrbanCaseViews.Line> lines = queries.lines(filter(state, open, street, handler, source, kind, classCode, q,
				light, MAX_ROWS + 1), actor);
		List<Column<UrbanCaseViews.Line>> columns = List.of(Column.of("案卷编号", 18, UrbanCaseViews.Line::reference),
				Column.of("小类", 20, UrbanCaseViews.Line::className), Column.of("问题描述", 40, UrbanCaseViews.Line::description),
				Column.of("街道", 12, UrbanCaseViews.Line::streetName), Column.of("来源", 10, UrbanCaseViews.Line::sourceLabel),
				Column.of("12345工单", 18, UrbanCaseViews.Line::hotlineReference),
				Column.of("状态", 10, UrbanCaseViews.Line::stateLabel), Column.of("当前环节", 8, UrbanCaseViews.Line::stageLabel),
				Column.of("环节时限", 18, UrbanCaseViews.Line::due), Column.of("灯", 6, UrbanCaseViews.Line::lightLabel),
				Column.of("处置单位", 16, UrbanCaseViews.Line::handlerName), Column.of("上报人", 12, UrbanCaseViews.Line::reportedBy),
				Column.of("上报时间", 18, UrbanCaseViews.Line::reportedAt), Column.of("待审批", 8, UrbanCaseViews.Line::pendingLabel));
		String f = String.join(", ", Stream.of(pair("state", state), open ? "open=true" : null, pair("street", street),
				pair("handler", handler), pair("source", source), pair("kind", kind), pair("classCode", classCode),
				pair("q", q), pair("light", light)).filter(Objects::nonNull).toList());
		Map<Long, List<TimelineEntry>> timelines = journal.timelines(UrbanCases.LOOP,
				lines.stream().limit(MAX_ROWS).map(UrbanCaseViews.Line::id).toList());
		exports.export(Exports.Spec.of("urban-cases", "城管案卷", f, columns, MAX_ROWS)
			.withTimeline(UrbanCaseViews.Line::reference, l -> timelines.getOrDefault(l.id(), List.of())),
				Exports.Rows.of(lines), actor, response);
	}

	static UrbanCaseQueries.Filter filter(String state, boolean open, String street, String handler, String source,
			String kind, String classCode, String q, String light, int limit) {
		if (light != null && !light.isBlank() && !List.of("GREEN", "YELLOW", "RED").contains(light)) {
			throw org.zhili.platform.ApiProblem.badInput("light", "invalid_light", "灯应为 GREEN、YELLOW 或 RED");
		}
		if (source != null && !source.isBlank() && !List.of("PATROL", "PUBLIC").contains(source)) {
			throw org.zhili.platform.ApiProblem.badInput("source", "invalid_source", "来源应为 PATROL 或 PUBLIC");
		}
		return new UrbanCaseQueries.Filter(UrbanCaseQueries.states(state), open, street, handler, source, kind, classCode,
				q, light == null || light.isBlank() ? null : light, Math.max(1, Math.min(limit, MAX_ROWS + 1)));
	}

	private static String pair(String key, String value) {
		return value == null || value.isBlank() ? null : key + "=" + value;
	}
}
