package org.zhili.plans.internal.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.plans.internal.ingestion.DraftPlan;
import org.zhili.plans.internal.targets.ActualsImport;
import org.zhili.plans.internal.ingestion.IngestService;
import org.zhili.plans.internal.targets.TargetActuals;
import org.zhili.plans.internal.tasks.TaskReminders;
import org.zhili.plans.internal.tasks.TaskWork;
import org.zhili.plans.internal.review.YearReview;

/** 督查督办 over HTTP: ingest a document, publish the plan, report progress, supervise, record actual values. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办", description = "工作要点与政府工作报告：文件识别、计划发布、任务进展、督办、指标实际值")
class PlanController {

	record IngestRequest(String text, String name) {
	}

	record ReportRequest(Integer percent, String text, String period, List<String> evidence) {
	}

	record ReviewRequest(Boolean accept, String note) {
	}

	record SuperviseRequest(String level, String note, Integer replyWorkingDays) {
	}

	record ReplyRequest(String reply) {
	}

	record MilestoneRequest(LocalDate due, String deliverable) {
	}

	record AssignRequest(String leadUnit, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight) {
	}

	record ActualRequest(String period, BigDecimal value, String note) {
	}

	record VisibilityRequest(Boolean isPublic) {
	}

	record Created(long id) {
	}

	private final IngestService ingest;
	private final PlanService plans;
	private final YearReview reviews;
	private final ActualsImport actualsImport;
	private final PlanPublishing publishing;
	private final TaskWork work;
	private final TargetActuals actuals;
	private final TaskReminders reminders;

	PlanController(IngestService ingest, PlanService plans, YearReview reviews, ActualsImport actualsImport,
			PlanPublishing publishing, TaskWork work, TargetActuals actuals, TaskReminders reminders) {
		this.actualsImport = actualsImport;
		this.publishing = publishing;
		this.work = work;
		this.actuals = actuals;
		this.reminders = reminders;
		this.ingest = ingest;
		this.plans = plans;
		this.reviews = reviews;
	}

	@GetMapping("/{id}/review")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "年终总结（全区范围账号）：各章节任务状态与佐证、指标对比（按文件措辞）、接诉即办受理量/解决率/满意率、建议提案办复率/满意率")
	YearReview.Review review(@PathVariable long id, Actor actor) {
		return reviews.review(id, actor);
	}

	@GetMapping("/{id}/review.docx")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "年终总结 Word 文档（.docx）")
	ResponseEntity<byte[]> reviewDocx(@PathVariable long id, Actor actor) {
		byte[] docx = reviews.docx(id, actor);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"plan-" + id + "-review.docx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(docx);
	}

	@PostMapping(value = "/ingest", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（粘贴的文本）：返回计划草稿",
			description = "草稿含提纲 sections、任务 tasks、目标 targets（indicator、comparator: growth|reach|at_most|at_least|about、"
					+ "value、unit、qualifier、quote）、上年实绩 actuals 和名词解释 glossary；每项带 start/end 指向原文位置。草稿同时保存，id 用于审核与发布。")
	ResponseEntity<Map<String, Object>> ingestText(@RequestBody IngestRequest request, Actor actor) {
		if (request == null || request.text() == null) {
			throw ApiProblem.badInput("text", "empty_document", "文本是空的");
		}
		return created(ingest.ingest(request.name(), request.text(), "text", actor));
	}

	@PostMapping(value = "/ingest", consumes = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（text/plain 正文，UTF-8）")
	ResponseEntity<Map<String, Object>> ingestPlain(HttpServletRequest request, Actor actor) throws IOException {
		String text = IngestService.utf8(request.getInputStream().readAllBytes(), "text");
		return created(ingest.ingest(null, text, "text", actor));
	}

	@PostMapping(value = "/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（上传 .txt 或 .docx，字段 file）")
	ResponseEntity<Map<String, Object>> ingestFile(@RequestPart(value = "file", required = false) MultipartFile file,
			Actor actor) throws IOException {
		if (file == null) {
			throw ApiProblem.badInput("file", "empty_document", "请上传文件（字段 file）");
		}
		String text = IngestService.text(file.getOriginalFilename(), file.getBytes());
		return created(ingest.ingest(file.getOriginalFilename(), text, "file", actor));
	}

	private static ResponseEntity<Map<String, Object>> created(IngestService.Draft d) {
		return ResponseEntity.created(URI.create("/api/v1/plans/drafts/" + d.id())).body(body(d));
	}

	private static Map<String, Object> body(IngestService.Draft d) {
		DraftPlan p = d.draft();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", d.id());
		body.put("title", p.title());
		body.put("year", p.year());
		body.put("sections", p.sections());
		body.put("tasks", p.tasks());
		body.put("targets", p.targets());
		body.put("actuals", p.actuals());
		body.put("glossary", p.glossary());
		body.put("planId", d.planId());
		return body;
	}

	@GetMapping("/drafts/{id}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "一份草稿及其原文")
	Map<String, Object> draft(@PathVariable long id) {
		IngestService.Draft d = ingest.draft(id);
		Map<String, Object> body = body(d);
		body.put("source", d.text());
		return body;
	}

	@PostMapping("/drafts/{id}/publish")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "发布草稿为计划",
			description = "请求体为审核后的计划（与草稿同形，可补充 leadUnit、coUnits、leader、deadline、weight、milestones）；"
					+ "不带请求体则按草稿原样发布。回顾部分（retrospective）不成为任务，其数字作为上年实绩保存。全部校验通过才写入。")
	ResponseEntity<Created> publish(@PathVariable long id, @RequestBody(required = false) PublishInput input,
			Actor actor) {
		PublishInput in = input != null ? input : IngestService.asInput(ingest.draft(id).draft(), null);
		long planId = publishing.publish(id, in, actor);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(planId));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "计划列表：加权进度和各状态任务数（单位账号只见涉及本单位的计划）")
	List<PlanViews.PlanSummary> list(Actor actor) {
		return plans.plans(actor);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "计划树：章节（加权进度）、任务（状态）、指标（实际值与研判）、上年实绩")
	PlanViews.PlanTree tree(@PathVariable long id, Actor actor) {
		return plans.tree(id, actor);
	}

	@PutMapping("/{id}/public")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "向公众门户公开或撤回计划")
	void visibility(@PathVariable long id, @RequestBody VisibilityRequest request, Actor actor) {
		if (request == null || request.isPublic() == null) {
			throw ApiProblem.badInput("isPublic", "required", "isPublic 必填");
		}
		plans.setPublic(id, actor, request.isPublic());
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "任务详情：节点、进展报告、督办和时间线")
	PlanViews.TaskDetail task(@PathVariable long id, Actor actor) {
		return plans.task(id, actor);
	}

	@GetMapping("/tasks/mine")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "本单位牵头或配合的任务，含上月进展是否已报")
	Map<String, Object> mine(Actor actor) {
		return Map.of("duePeriod", plans.duePeriod(), "tasks", plans.myTasks(actor), "notices", reminders.notices(actor));
	}

	@PostMapping("/tasks/{id}/reports")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "报送进展（牵头或配合单位）：进展说明、完成百分比、月份、佐证材料")
	ResponseEntity<Created> report(@PathVariable long id, @RequestBody ReportRequest r, Actor actor) {
		long reportId = work.report(id, actor, r.percent(), r.text(), r.period(), r.evidence());
		return ResponseEntity.created(URI.create("/api/v1/plans/tasks/" + id)).body(new Created(reportId));
	}

	@PostMapping("/reports/{id}/review")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "审核进展报告：accept=true 通过，false 退回（须说明理由；退回的报告不计进度）")
	void review(@PathVariable long id, @RequestBody ReviewRequest r, Actor actor) {
		work.review(id, actor, !Boolean.FALSE.equals(r.accept()), r.note());
	}

	@PostMapping("/tasks/{id}/supervisions")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "督办：level NORMAL（普通）/ YELLOW（黄牌）/ RED（红牌），回复时限按工作日（默认5个）")
	ResponseEntity<Created> supervise(@PathVariable long id, @RequestBody SuperviseRequest r, Actor actor) {
		return ResponseEntity.status(201).body(new Created(work.supervise(id, actor, r.level(), r.note(), r.replyWorkingDays())));
	}

	@PostMapping("/supervisions/{id}/reply")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "回复督办（牵头或配合单位）")
	void reply(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		work.reply(id, actor, r.reply());
	}

	@PostMapping("/tasks/{id}/milestones")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "增加节点（日期与成果）；逾期未完成的节点使任务滞后")
	ResponseEntity<Created> milestone(@PathVariable long id, @RequestBody MilestoneRequest r, Actor actor) {
		return ResponseEntity.status(201).body(new Created(work.addMilestone(id, actor, r.due(), r.deliverable())));
	}

	@PostMapping("/milestones/{id}/done")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "节点完成（牵头或配合单位）")
	void milestoneDone(@PathVariable long id, Actor actor) {
		work.completeMilestone(id, actor);
	}

	@PutMapping("/tasks/{id}/assignment")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "分解任务：牵头单位、配合单位、责任领导、完成时限、权重")
	void assign(@PathVariable long id, @RequestBody AssignRequest r, Actor actor) {
		work.assign(id, actor, r.leadUnit(), r.coUnits(), r.leader(), r.deadline(), r.weight());
	}

	@PutMapping("/targets/{id}/actuals")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "录入指标实际值：period 为年（2026）或月（2026-06，年初至该月累计）；不可信的数字被拒绝")
	void actual(@PathVariable long id, @RequestBody ActualRequest r, Actor actor) {
		actuals.recordActual(id, actor, r.period(), r.value(), r.note(), "ENTERED");
	}

	@PostMapping(value = "/{id}/actuals/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "从表格导入指标实际值（.xlsx，第一行表头：指标、期间、实际值、说明）",
			description = "逐行校验（指标须在计划中，期间为 2026 或 2026-06，不可信的数字被拒绝）；任何一行有误则返回 422 与逐行报告，不导入任何数据。")
	ActualsImport.Imported importActuals(@PathVariable long id,
			@RequestPart(value = "file", required = false) MultipartFile file, Actor actor) throws IOException {
		if (file == null) {
			throw ApiProblem.badInput("file", "empty_document", "请上传文件（字段 file）");
		}
		return actualsImport.importXlsx(id, file.getBytes(), actor);
	}

	@PostMapping("/reminders")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "立即催报：到时的节点逾期和进展未报提醒立即发给牵头单位（到时也自动发出）")
	Map<String, Integer> remind() {
		return Map.of("sent", reminders.remindNow());
	}
}
