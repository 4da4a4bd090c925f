package org.zhili.insight.internal.cockpit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/**
 * The cockpit's data: an area's tiles, the heat of the places below it, its trends and rising categories, and the
 * tiles again whenever they change (server-sent events). An area is the district, {@code street=} or
 * {@code community=}; a street's account sees its own street.
 */
@RestController
@RequestMapping("/api/v1/cockpit")
@PreAuthorize("hasAuthority('STATS_VIEW')")
@Tag(name = "驾驶舱")
class CockpitController {

	private final Cockpit cockpit;
	private final CockpitStream stream;

	CockpitController(Cockpit cockpit, CockpitStream stream) {
		this.cockpit = cockpit;
		this.stream = stream;
	}

	@GetMapping("/summary")
	@Operation(summary = "驾驶舱指标：受理量（今日、本月、分渠道）、三率（分街道、部门）、在办与超期、各环节实时指标")
	Cockpit.Summary summary(@RequestParam(required = false) String street,
			@RequestParam(required = false) String community, Actor actor) {
		return cockpit.forReader(cockpit.summary(cockpit.area(street, community, actor)), actor);
	}

	@GetMapping("/heat")
	@Operation(summary = "近30天下一级各地点（街道、社区或网格）的受理量，供热力图")
	Cockpit.Heat heat(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
			Actor actor) {
		return cockpit.heat(cockpit.area(street, community, actor));
	}

	@GetMapping("/trends")
	@Operation(summary = "近13个月受理量及环比、同比")
	Cockpit.Trends trends(@RequestParam(required = false) String street,
			@RequestParam(required = false) String community, Actor actor) {
		return cockpit.trends(cockpit.area(street, community, actor));
	}

	@GetMapping("/rising")
	@Operation(summary = "近30天比前30天增长最多的诉求类别（二级）")
	Cockpit.Rising rising(@RequestParam(required = false) String street,
			@RequestParam(required = false) String community, @RequestParam(required = false) Integer limit,
			Actor actor) {
		if (limit != null && (limit < 1 || limit > 50)) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 应在 1 到 50 之间");
		}
		return cockpit.rising(cockpit.area(street, community, actor), limit == null ? 10 : limit);
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "驾驶舱指标的实时推送（text/event-stream）：连接时推送一次，此后指标变化时推送 summary 事件")
	SseEmitter stream(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
			Actor actor) {
		return stream.open(cockpit.area(street, community, actor), actor);
	}
}
