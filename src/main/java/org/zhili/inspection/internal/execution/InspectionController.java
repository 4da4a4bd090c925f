package org.zhili.inspection.internal.execution;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.process.Photos;

/** Inspections over HTTP: the inspector's own list, recording on site, confirming, 法制审核, publishing. */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "双随机检查实施", description = "检查人员录入结果（清单、结果、照片）、另一名检查人员确认、重大执法决定法制审核、部门公示结果（20个工作日内）")
class InspectionController {

	record ReviewRequest(Boolean approved, String opinion) {
	}

	private final InspectionViews views;
	private final InspectionSteps steps;

	InspectionController(InspectionViews views, InspectionSteps steps) {
		this.views = views;
		this.steps = steps;
	}

	@GetMapping("/inspections/mine")
	@PreAuthorize("hasAuthority('INSPECTION_EXECUTE')")
	@Operation(summary = "我的检查任务：未完成的在前")
	List<Inspection> mine(Actor actor) {
		return views.mine(actor);
	}

	@GetMapping("/inspections/legal-review")
	@PreAuthorize("hasAuthority('INSPECTION_LEGAL_REVIEW')")
	@Operation(summary = "本部门待法制审核的重大执法决定")
	List<Inspection> awaitingReview(Actor actor) {
		return views.awaitingReview(actor);
	}

	@GetMapping("/inspections/to-publish")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "已完成待公示的检查结果（含公示期限）")
	List<Inspection> awaitingPublication(Actor actor) {
		return views.awaitingPublication(actor);
	}

	@GetMapping("/tasks/{taskId}/inspections")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个任务抽中的全部检查")
	List<Inspection> ofTask(@PathVariable long taskId, Actor actor) {
		return views.ofTask(taskId, actor);
	}

	@GetMapping("/subjects/{subjectId}/inspections")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个检查对象的历次检查")
	List<Inspection> ofSubject(@PathVariable long subjectId, Actor actor) {
		return views.ofSubject(subjectId, actor);
	}

	@GetMapping("/inspections/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一条检查：对象、执法人员、结果、当前可做的操作；全过程记录见 /api/v1/timelines/inspection/{id}")
	Inspection get(@PathVariable long id, Actor actor) {
		return views.get(id, actor);
	}

	@PostMapping("/inspections/{id}/record")
	@PreAuthorize("hasAuthority('INSPECTION_EXECUTE')")
	@Operation(summary = "录入检查结果：result 为 NO_PROBLEM（未发现问题）/ RECTIFY（责令整改）/ PENALTY（立案查处）/ TRANSFER（移送）；majorDecision 表示重大执法决定")
	Inspection record(@PathVariable long id, @RequestBody InspectionSteps.Recording in, Actor actor) {
		return steps.record(id, in, actor);
	}

	@PostMapping("/inspections/{id}/confirm")
	@PreAuthorize("hasAuthority('INSPECTION_EXECUTE')")
	@Operation(summary = "另一名检查人员确认结果；重大执法决定转法制审核，其余即完成并开始公示计时")
	Inspection confirm(@PathVariable long id, Actor actor) {
		return steps.confirm(id, actor);
	}

	@PostMapping("/inspections/{id}/review")
	@PreAuthorize("hasAuthority('INSPECTION_LEGAL_REVIEW')")
	@Operation(summary = "法制审核：approved 通过则决定作出、结果完成；不通过退回检查人员；opinion 必填")
	Inspection review(@PathVariable long id, @RequestBody ReviewRequest in, Actor actor) {
		return steps.review(id, in.approved(), in.opinion(), actor);
	}

	@PostMapping("/inspections/{id}/publish")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "公示一条已完成的检查结果")
	Inspection publish(@PathVariable long id, Actor actor) {
		return steps.publish(id, actor);
	}

	@PostMapping("/tasks/{taskId}/publish")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "公示一个任务全部已完成的检查结果")
	Map<String, Integer> publishAll(@PathVariable long taskId, Actor actor) {
		return Map.of("published", steps.publishAll(taskId, actor));
	}

	@PostMapping("/inspections/{id}/photos")
	@PreAuthorize("hasAuthority('INSPECTION_EXECUTE')")
	@Operation(summary = "上传现场照片（JPEG/PNG），计入全过程记录")
	Photos.Photo photo(@PathVariable long id, @RequestParam("file") MultipartFile file, Actor actor) throws IOException {
		return steps.photo(id, file.getOriginalFilename(), file.getBytes(), actor);
	}
}
