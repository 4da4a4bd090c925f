package org.zhili.plans.internal.targets;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** The actual values of a plan's targets over HTTP: one at a time, or a spreadsheet at once. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办")
class TargetController {

	record ActualRequest(String period, BigDecimal value, String note) {
	}

	record BindRequest(String indicator) {
	}

	/** A live indicator a target may be bound to. */
	record IndicatorView(String code, String name, String unit, String definition) {
	}

	private final TargetActuals actuals;
	private final ActualsImport actualsImport;
	private final LiveIndicators indicators;
	private final LiveTargets live;

	TargetController(TargetActuals actuals, ActualsImport actualsImport, LiveIndicators indicators, LiveTargets live) {
		this.actuals = actuals;
		this.actualsImport = actualsImport;
		this.indicators = indicators;
		this.live = live;
	}

	@GetMapping("/indicators")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "可绑定的实时指标及其口径（12345 解决率、隐患整改率、信访事项办结率等）")
	List<IndicatorView> indicators() {
		return indicators.all().stream().map(i -> new IndicatorView(i.code(), i.name(), i.unit(), i.definition())).toList();
	}

	@PutMapping("/targets/{id}/indicator")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "将目标绑定到实时指标：实际值按月（年初至月末累计）自动计算，不再手工录入；单位须一致")
	void bind(@PathVariable long id, @RequestBody BindRequest r, Actor actor) {
		if (r.indicator() == null || r.indicator().isBlank()) {
			throw ApiProblem.badInput("indicator", "missing_indicator", "请选择实时指标");
		}
		live.bind(id, r.indicator().strip(), actor);
	}

	@DeleteMapping("/targets/{id}/indicator")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "解除实时指标绑定：已计算的实际值保留，此后可手工录入")
	void unbind(@PathVariable long id) {
		live.unbind(id);
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
}
