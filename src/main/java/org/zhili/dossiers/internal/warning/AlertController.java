package org.zhili.dossiers.internal.warning;

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
import org.zhili.dossiers.Alert;
import org.zhili.identity.Actor;

/** The early warnings over HTTP. */
@RestController
@RequestMapping("/api/v1/early-warnings")
@Tag(name = "风险预警", description = "同一楼栋多次投诉、调解未成功、群体来电：预警推送街道，街道签收、处置；统计预警后发生信访的比例与提前天数")
class AlertController {

	record HandleRequest(String note) {
	}

	private final AlertService alerts;

	AlertController(AlertService alerts) {
		this.alerts = alerts;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	@Operation(summary = "预警列表（街道只见本街道的），附预警后发生信访的件数、总数与平均提前天数")
	AlertService.Overview list(Actor actor, @RequestParam(defaultValue = "200") int limit) {
		return alerts.overview(actor, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	@Operation(summary = "一条预警：规则、街道、楼栋或社区、依据事项（含链接）、处置情况、其后的信访")
	Alert get(@PathVariable long id, Actor actor) {
		return alerts.get(id, actor);
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	@Operation(summary = "签收预警（预警所在街道）")
	Alert acknowledge(@PathVariable long id, Actor actor) {
		return alerts.acknowledge(id, actor);
	}

	@PostMapping("/{id}/handle")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	@Operation(summary = "处置预警：note 处置情况（预警所在街道）")
	Alert handle(@PathVariable long id, @RequestBody HandleRequest request, Actor actor) {
		return alerts.handle(id, request.note(), actor);
	}
}
