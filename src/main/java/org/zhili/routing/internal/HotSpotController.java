package org.zhili.routing.internal;

import java.time.LocalDate;
import java.util.List;

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
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;

/** Hot spots (未诉先办): listing, detecting now, turning one into a proactive case, dismissing it. */
@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "智能分拨")
class HotSpotController {

	record ProactiveInput(String note) {
	}

	private final HotSpots hotSpots;

	HotSpotController(HotSpots hotSpots) {
		this.hotSpots = hotSpots;
	}

	@GetMapping("/hot-spots")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'STATS_VIEW', 'CASE_DISPATCH')")
	@Operation(summary = "热点预警（未诉先办）：某社区（或网格）某类诉求相对自身基线显著上升；默认为最近一次检测")
	List<HotSpots.HotSpot> hotSpots(@RequestParam(required = false) LocalDate date) {
		return hotSpots.list(date);
	}

	@PostMapping("/hot-spots/detect")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'CASE_DISPATCH')")
	@Operation(summary = "立即检测热点（每天也会按 zhili.routing.hot-spots.run-at 自动检测）")
	List<HotSpots.HotSpot> detect() {
		return hotSpots.detect();
	}

	@PostMapping("/hot-spots/{id}/proactive")
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	@Operation(summary = "把热点转为主动治理工单，派往所在街道，按正常流程办理")
	CaseView proactive(@PathVariable long id, @RequestBody(required = false) ProactiveInput input, Actor actor) {
		return hotSpots.proactive(id, actor, input == null ? null : input.note());
	}

	@PostMapping("/hot-spots/{id}/dismiss")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'CASE_DISPATCH')")
	@Operation(summary = "忽略一个热点")
	void dismissHotSpot(@PathVariable long id, Actor actor) {
		hotSpots.dismiss(id, actor);
	}
}
