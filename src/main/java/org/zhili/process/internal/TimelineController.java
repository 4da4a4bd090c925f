package org.zhili.process.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** Every loop's timelines in one shape: {@code GET /api/v1/timelines/{loop}/{id}}. */
@RestController
@RequestMapping("/api/v1/timelines")
@PreAuthorize("isAuthenticated()")
@Tag(name = "时间线", description = "各业务事项的全过程记录：时间、操作、操作人、单位、理由、时限状态")
class TimelineController {

	private final Map<String, TimelineSource> sources;

	TimelineController(List<TimelineSource> sources) {
		this.sources = sources.stream().collect(Collectors.toMap(TimelineSource::loop, Function.identity()));
	}

	@GetMapping("/{loop}/{id}")
	@Operation(summary = "一个事项的时间线（loop：case、suggestion、plan-task）")
	List<TimelineEntry> timeline(@PathVariable String loop, @PathVariable long id, Actor actor) {
		TimelineSource source = sources.get(loop);
		if (source == null) {
			throw ApiProblem.notFound("unknown_loop", "没有名为 " + loop + " 的业务，可选：" + String.join("、", sources.keySet()));
		}
		return source.timeline(id, actor);
	}
}
