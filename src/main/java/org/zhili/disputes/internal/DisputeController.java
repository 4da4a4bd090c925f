package org.zhili.disputes.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.Disputes.Performance;
import org.zhili.disputes.Disputes.Referral;
import org.zhili.identity.Actor;
import org.zhili.process.Exports;
import org.zhili.process.Journal;
import org.zhili.process.Exports.Column;
import org.zhili.process.TimelineEntry;
import org.zhili.process.WordDocument;

/** 矛盾纠纷 over HTTP: register, read, the steps of mediation, the agreement, the figures and the exports. */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "矛盾纠纷调处", description = "区街两级矛调中心：纠纷登记、受理、调解记录、调解结果（协议、转诉讼/仲裁/信访）、履行回访、调处成功率")
class DisputeController {

	record AcceptRequest(List<String> mediators) {
	}

	record TransferRequest(String centreCode, String reason) {
	}

	record SessionRequest(LocalDate heldOn, String attendees, String minutes) {
	}

	record AgreeRequest(String terms, LocalDate performanceDue, String note) {
	}

	record FailRequest(Referral referral, String reason) {
	}

	record ReasonRequest(String reason) {
	}

	record FollowUpRequest(Performance performance, String note) {
	}

	static final int MAX_ROWS = 5000;

	private final DisputeRegistration registration;
	private final DisputeSteps steps;
	private final DisputeQueries queries;
	private final DisputeFigures figures;
	private final DisputeAgreement agreement;
	private final DisputeRules rules;
	private final Exports exports;
	private final Journal journal;

	DisputeController(DisputeRegistration registration, DisputeSteps steps, DisputeQueries queries,
			DisputeFigures figures, DisputeAgreement agreement, DisputeRules rules, Exports exports, Journal journal) {
		this.journal = journal;
		this.registration = registration;
		this.steps = steps;
		this.queries = queries;
		this.figures = figures;
		this.agreement = agreement;
		this.rules = rules;
		this.exports = exports;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "纠纷列表（街道见本街道的，区矛调中心和区领导见全部），可按状态、类型、调解中心、风险、街道、关键词筛选")
	List<DisputeViews.Line> list(Actor actor, @RequestParam(required = false) String state,
			@RequestParam(required = false) String type, @RequestParam(required = false) String centre,
			@RequestParam(required = false) String risk, @RequestParam(required = false) String street,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "500") int limit) {
		return queries.lines(DisputeParams.filter(state, type, centre, risk, street, q, DisputeParams.limit(limit)), actor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "登记纠纷：至少一名申请人和一名被申请人；高风险、跨街道和指定类型的纠纷分送区矛调中心，其余分送所在街道矛调中心；"
			+ "originCase（12345工单编号）或 originPetition（信访件编号）记录来源并双向关联")
	ResponseEntity<DisputeViews.Detail> register(@RequestBody DisputeRegistration.NewDispute d, Actor actor) {
		long id = registration.register(d, actor);
		return ResponseEntity.created(URI.create("/api/v1/disputes/" + id)).body(queries.detail(id, actor));
	}

	@GetMapping("/draft")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "从12345工单（case=工单编号）或信访件（petition=编号）预填纠纷登记（当事人信息由调解员录入）")
	DisputeRegistration.Draft draft(Actor actor, @RequestParam(name = "case", required = false) String caseNumber,
			@RequestParam(name = "petition", required = false) Long petition) {
		return registration.draft(caseNumber, petition, actor);
	}

	@GetMapping("/types")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "纠纷类型（配置数据）")
	List<DisputeRules.Type> types() {
		return rules.types();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "一件纠纷：当事人（脱敏）、调解员、调解记录、结果、关联事项、时间线、督办和当前可做的操作")
	DisputeViews.Detail get(@PathVariable long id, Actor actor) {
		return queries.detail(id, actor);
	}

	@GetMapping("/{id}/parties")
	@PreAuthorize("hasAuthority('PERSONAL_DATA_UNMASK')")
	@Operation(summary = "查看当事人姓名、电话、身份证号明文；每次查看都记入审计")
	List<DisputeQueries.ClearParty> parties(@PathVariable long id, Actor actor) {
		return queries.parties(id, actor);
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "全过程记录")
	List<TimelineEntry> timeline(@PathVariable long id, Actor actor) {
		return queries.timeline(id, actor);
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "受理并指定调解员（mediators：本中心名册中的账号，第一位为主调解员；不填为受理人本人），调解期限开始计时")
	DisputeViews.Detail accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest r, Actor actor) {
		steps.accept(id, r == null ? null : r.mediators(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/transfer")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "移交另一级矛调中心（街道 ↔ 区），须说明理由")
	DisputeViews.Detail transfer(@PathVariable long id, @RequestBody TransferRequest r, Actor actor) {
		steps.transfer(id, r.centreCode(), r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/session")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "记录一次调解：日期、参加人员、调解记录")
	DisputeViews.Detail session(@PathVariable long id, @RequestBody SessionRequest r, Actor actor) {
		steps.session(id, r.heldOn(), r.attendees(), r.minutes(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/agree")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "调解成功：协议内容（terms）和履行期限（performanceDue），履行期限届满前提醒回访")
	DisputeViews.Detail agree(@PathVariable long id, @RequestBody AgreeRequest r, Actor actor) {
		steps.agree(id, r.terms(), r.performanceDue(), r.note(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/fail")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "调解不成功：referral = COURT（诉讼）/ ARBITRATION（仲裁）/ PETITION（信访，登记信访件并关联），须说明原因")
	DisputeViews.Detail fail(@PathVariable long id, @RequestBody FailRequest r, Actor actor) {
		steps.fail(id, r.referral(), r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "申请人撤回，须说明原因")
	DisputeViews.Detail withdraw(@PathVariable long id, @RequestBody ReasonRequest r, Actor actor) {
		steps.withdraw(id, r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/terminate")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "终止调解（如一方拒绝继续调解），须说明原因")
	DisputeViews.Detail terminate(@PathVariable long id, @RequestBody ReasonRequest r, Actor actor) {
		steps.terminate(id, r.reason(), actor);
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/follow-up")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	@Operation(summary = "履行回访：performance = PERFORMED（已履行）/ PARTLY（部分履行）/ NOT_PERFORMED（未履行）")
	DisputeViews.Detail followUp(@PathVariable long id, @RequestBody FollowUpRequest r, Actor actor) {
		steps.followUp(id, r.performance(), r.note(), actor);
		return queries.detail(id, actor);
	}

	@GetMapping("/{id}/agreement.docx")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "调解协议书（Word），由纠纷记录生成；载有当事人身份信息，须有查看明文的权限，记入审计")
	ResponseEntity<byte[]> agreement(@PathVariable long id, Actor actor) {
		DisputeAgreement.Document doc = agreement.write(id, actor);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(WordDocument.DOCX)).body(doc.bytes());
	}

	@GetMapping("/figures")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "调处成功率和平均用时，按调解中心和纠纷类型；口径：调处终结日期在统计期内的纠纷（from、to 含当日）")
	DisputeFigures.Figures figures(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return figures.of(from, to, actor);
	}

	@GetMapping("/figures.xlsx")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "导出调处成功率（按调解中心和纠纷类型）为 Excel，记入审计")
	void exportFigures(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to,
			HttpServletResponse response) throws IOException {
		DisputeFigures.Figures f = figures.of(from, to, actor);
		List<Map.Entry<String, DisputeFigures.Line>> rows = new java.util.ArrayList<>();
		f.byCentre().forEach(l -> rows.add(Map.entry("调解中心", l)));
		f.byType().forEach(l -> rows.add(Map.entry("纠纷类型", l)));
		rows.add(Map.entry("合计", f.total()));
		List<Column<Map.Entry<String, DisputeFigures.Line>>> columns = List.of(
				Column.of("分组", 10, Map.Entry::getKey), Column.of("名称", 24, e -> e.getValue().name()),
				Column.of("调处终结", 10, e -> e.getValue().concluded()), Column.of("调解成功", 10, e -> e.getValue().agreed()),
				Column.of("调解不成功", 10, e -> e.getValue().failed()), Column.of("终止", 8, e -> e.getValue().terminated()),
				Column.of("撤回", 8, e -> e.getValue().withdrawn()),
				Column.of("调处成功率(%)", 14, e -> e.getValue().successRate()),
				Column.of("平均用时(天)", 12, e -> e.getValue().averageDays()));
		exports.export(Exports.Spec.of("disputes.figures", "调处成功率", "from=" + from + ", to=" + to, columns, 1000)
			.withNote("统计口径", DisputeFigures.COHORT), Exports.Rows.of(rows), actor, response);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	@Operation(summary = "导出纠纷台账为 Excel（与列表相同的范围和筛选；当事人脱敏；含时间线；记入审计）")
	void export(Actor actor, @RequestParam(required = false) String state, @RequestParam(required = false) String type,
			@RequestParam(required = false) String centre, @RequestParam(required = false) String risk,
			@RequestParam(required = false) String street, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		List<DisputeViews.Line> lines = queries.lines(DisputeParams.filter(state, type, centre, risk, street, q, MAX_ROWS + 1), actor);
		List<Column<DisputeViews.Line>> columns = List.of(Column.of("编号", 14, DisputeViews.Line::reference),
				Column.of("类型", 10, DisputeViews.Line::typeLabel), Column.of("纠纷", 36, DisputeViews.Line::title),
				Column.of("风险", 6, DisputeViews.Line::riskLabel), Column.of("调解中心", 20, DisputeViews.Line::centreName),
				Column.of("街道", 14, DisputeViews.Line::streetName), Column.of("申请人", 10, DisputeViews.Line::applicant),
				Column.of("状态", 16, DisputeViews.Line::stateLabel), Column.of("登记时间", 18, DisputeViews.Line::registeredAt),
				Column.of("调处终结", 18, DisputeViews.Line::concludedAt));
		String filter = String.join(", ", java.util.stream.Stream.of(pair("state", state), pair("type", type),
				pair("centre", centre), pair("risk", risk), pair("street", street), pair("q", q))
			.filter(java.util.Objects::nonNull).toList());
		// the timelines of the rows that will be written, read at once
		Map<Long, List<TimelineEntry>> timelines = journal.timelines(Disputes.LOOP,
				lines.stream().map(DisputeViews.Line::id).toList());
		exports.export(Exports.Spec.of("disputes", "纠纷", filter, columns, MAX_ROWS)
			.withTimeline(DisputeViews.Line::reference, l -> timelines.getOrDefault(l.id(), List.of()))
			.withNote("个人信息", "申请人姓名已脱敏"), Exports.Rows.of(lines), actor, response);
	}

	private static String pair(String key, String value) {
		return value == null || value.isBlank() ? null : key + "=" + value;
	}
}
