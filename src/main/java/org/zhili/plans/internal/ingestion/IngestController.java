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
			DocumentForm form, List<String> notes, List<DraftPlan.Item> items, Long planId,
			@JsonInclude(JsonInclude.Include.NON_NULL) String source) {

		static DraftView of(IngestService.Draft d, String source) {
			DraftPlan p = d.draft();
			return new DraftView(d.id(), p.title(), p.year(), p.sections(), p.tasks(), p.targets(), p.actuals(),
					p.glossary(), p.form(), p.notes() == null ? List.of() : p.notes(),
					p.items() == null ? List.of() : p.items(), d.planId(), source);
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
					+ "value、unit、qualifier、quote）、上年实绩 actuals 和名词解释 glossary；每项带 start/end 指向原文位置。"
					+ "form 为识别出的文件形式，notes 为给审核人的说明（如未识别到层级结构时按段落和句子提取），items 为逐项审核的建议"
					+ "（kind: EXPECTED_TARGET|BINDING_TARGET|TASK|ACTUAL，含原句、段落、数值、单位、年度、责任单位和置信度）。"
					+ "没有任何句子的文本返回 422 no_sentences。草稿同时保存，id 用于审核与发布。")
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
	@Operation(summary = "识别文件（上传 .txt、.docx、.pdf 或 .xlsx，字段 file）",
			description = "按扩展名（无扩展名时按内容类型）识别格式；其他格式返回 415。网页复制的文本会去掉菜单、页脚、“上一篇/下一篇”等并接回断行；"
					+ "PDF 须有文字层；Excel 按任务分解表（任务、牵头单位、配合单位、完成时限）逐行读取。")
	ResponseEntity<DraftView> ingestFile(@RequestPart(value = "file", required = false) MultipartFile file,
			Actor actor) throws IOException {
		if (file == null) {
			throw ApiProblem.badInput("file", "empty_document", "请上传文件（字段 file）");
		}
		DocumentText document = IngestService.read(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		return created(ingest.ingest(file.getOriginalFilename(), document, "file", actor));
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
