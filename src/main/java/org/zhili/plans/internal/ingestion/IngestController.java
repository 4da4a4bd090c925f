package org.zhili.plans.internal.ingestion;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.plan.PlanPublishing;
import org.zhili.plans.internal.plan.PublishInput;
import org.zhili.platform.ApiProblem;

/** Reading a document into a draft plan over HTTP, and publishing the reviewed draft. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办")
class IngestController {

	record IngestRequest(String text, String name) {
	}

	record Created(long id) {
	}

	/**
	 * A stored draft as the API returns it: what was read from the text and the plan it was published as; with its
	 * source text when one draft is asked for.
	 */
	record DraftView(long id, String title, Integer year, List<DraftPlan.Section> sections, List<DraftPlan.Task> tasks,
			List<DraftPlan.Quantity> targets, List<DraftPlan.Quantity> actuals, List<DraftPlan.Term> glossary,
			Long planId, @JsonInclude(JsonInclude.Include.NON_NULL) String source) {

		static DraftView of(IngestService.Draft d, String source) {
			DraftPlan p = d.draft();
			return new DraftView(d.id(), p.title(), p.year(), p.sections(), p.tasks(), p.targets(), p.actuals(),
					p.glossary(), d.planId(), source);
		}
	}

	private final IngestService ingest;
	private final PlanPublishing publishing;

	IngestController(IngestService ingest, PlanPublishing publishing) {
		this.ingest = ingest;
		this.publishing = publishing;
	}

	@PostMapping(value = "/ingest", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（粘贴的文本）：返回计划草稿",
			description = "草稿含提纲 sections、任务 tasks、目标 targets（indicator、comparator: growth|reach|at_most|at_least|about、"
					+ "value、unit、qualifier、quote）、上年实绩 actuals 和名词解释 glossary；每项带 start/end 指向原文位置。草稿同时保存，id 用于审核与发布。")
	ResponseEntity<DraftView> ingestText(@RequestBody IngestRequest request, Actor actor) {
		if (request == null || request.text() == null) {
			throw ApiProblem.badInput("text", "empty_document", "文本是空的");
		}
		return created(ingest.ingest(request.name(), request.text(), "text", actor));
	}

	@PostMapping(value = "/ingest", consumes = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（text/plain 正文，UTF-8）")
	ResponseEntity<DraftView> ingestPlain(HttpServletRequest request, Actor actor) throws IOException {
		String text = IngestService.utf8(request.getInputStream().readAllBytes(), "text");
		return created(ingest.ingest(null, text, "text", actor));
	}

	@PostMapping(value = "/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "识别文件（上传 .txt 或 .docx，字段 file）")
	ResponseEntity<DraftView> ingestFile(@RequestPart(value = "file", required = false) MultipartFile file,
			Actor actor) throws IOException {
		if (file == null) {
			throw ApiProblem.badInput("file", "empty_document", "请上传文件（字段 file）");
		}
		String text = IngestService.text(file.getOriginalFilename(), file.getBytes());
		return created(ingest.ingest(file.getOriginalFilename(), text, "file", actor));
	}

	private static ResponseEntity<DraftView> created(IngestService.Draft d) {
		return ResponseEntity.created(URI.create("/api/v1/plans/drafts/" + d.id())).body(DraftView.of(d, null));
	}

	@GetMapping("/drafts/{id}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "一份草稿及其原文")
	DraftView draft(@PathVariable long id) {
		IngestService.Draft d = ingest.draft(id);
		return DraftView.of(d, d.text());
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
}
