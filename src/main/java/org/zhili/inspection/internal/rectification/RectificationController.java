package org.zhili.inspection.internal.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
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
import org.zhili.inspection.Rectifications;

/** 整改 → 复查 → 销号 over HTTP. */
@RestController
@RequestMapping("/api/v1/inspection/rectifications")
@Tag(name = "整改销号", description = "检查发现的问题和排查发现的隐患：限期整改、报告整改完成、复查（重大隐患挂牌督办，须现场复查）、销号")
class RectificationController {

	record ReportRequest(String note) {
	}

	record RecheckRequest(Boolean passed, Boolean onSite, String note, LocalDate due) {
	}

	private final RectificationRegister rectifications;
	private final RectificationSteps steps;
	private final Clock clock;

	RectificationController(RectificationRegister rectifications, RectificationSteps steps, Clock clock) {
		this.rectifications = rectifications;
		this.steps = steps;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "整改事项列表（街道见本街道的，部门见本部门的，督查人员见全部），可按状态、等级、街道、是否超期、来源筛选")
	List<RectificationLine> list(Actor actor, @RequestParam(required = false) String state,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String street,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "500") int limit) {
		Rectifications.Query query = new Rectifications.Query(EnumParam.parse(Rectifications.State.class, "state", state),
				EnumParam.parse(Rectifications.Severity.class, "severity", severity), blank(street), overdue, blank(source), limit);
		return rectifications.lines(query, actor);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个整改事项：整改报告、复查结果、当前可做的操作、时间线、照片、督办")
	RectificationDetail get(@PathVariable long id, Actor actor) {
		return rectifications.detail(id, actor);
	}

	@PostMapping(path = "/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('INSPECTION_RECTIFY')")
	@Operation(summary = "整改单位报告整改完成（note：整改情况），转为待复查")
	RectificationDetail report(@PathVariable long id, @RequestBody ReportRequest r, Actor actor) {
		steps.report(id, r.note(), List.of(), actor, clock.instant());
		return rectifications.detail(id, actor);
	}

	@PostMapping(path = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('INSPECTION_RECTIFY')")
	@Operation(summary = "整改单位报告整改完成，附整改后照片（表单字段 note、photos）")
	RectificationDetail reportWithPhotos(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Actor actor) {
		steps.report(id, note, PhotoUpload.from(photos), actor, clock.instant());
		return rectifications.detail(id, actor);
	}

	@PostMapping(path = "/{id}/recheck", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE', 'INSPECTION_SUPERVISE')")
	@Operation(summary = "复查：passed=true 销号；false 退回整改（due 新的整改期限，默认按规则顺延）；onSite 是否现场复查（重大隐患必须）")
	RectificationDetail recheck(@PathVariable long id, @RequestBody RecheckRequest r, Actor actor) {
		steps.recheck(id, r.passed(), Boolean.TRUE.equals(r.onSite()), r.note(), r.due(), List.of(), actor,
				clock.instant());
		return rectifications.detail(id, actor);
	}

	@PostMapping(path = "/{id}/recheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE', 'INSPECTION_SUPERVISE')")
	@Operation(summary = "复查，附现场照片（表单字段 passed、onSite、note、due、photos）")
	RectificationDetail recheckWithPhotos(@PathVariable long id, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) Boolean onSite, @RequestParam(required = false) String note,
			@RequestParam(required = false) LocalDate due,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Actor actor) {
		steps.recheck(id, passed, Boolean.TRUE.equals(onSite), note, due, PhotoUpload.from(photos), actor, clock.instant());
		return rectifications.detail(id, actor);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
