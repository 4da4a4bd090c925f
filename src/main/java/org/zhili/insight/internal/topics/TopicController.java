package org.zhili.insight.internal.topics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.cases.CategoryTrends.HotCategory;
import org.zhili.identity.Actor;
import org.zhili.insight.internal.topics.TopicService.TopicRequest;
import org.zhili.insight.internal.topics.TopicService.TopicView;
import org.zhili.platform.ApiProblem;

/** 每月一题 over HTTP: the hot categories to choose from, the topics with their measured effect. */
@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "每月一题")
class TopicController {

	private final TopicService topics;

	TopicController(TopicService topics) {
		this.topics = topics;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "全部选题及其成效（与选题前对照期、与未选题的可比类别相比）")
	List<TopicView> list() {
		return topics.views(false);
	}

	@GetMapping("/candidates")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "近几个完整月份诉求量最多的二级类别及其解决率、满意率：选题的依据")
	List<HotCategory> candidates(@RequestParam(defaultValue = "3") int months, @RequestParam(defaultValue = "10") int limit) {
		if (months < 1 || months > 24) {
			throw ApiProblem.badInput("months", "invalid_months", "月份数须为 1 至 24");
		}
		if (limit < 1 || limit > 50) {
			throw ApiProblem.badInput("limit", "invalid_limit", "条数须为 1 至 50");
		}
		return topics.candidates(months, limit);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "确定选题：问题及依据、诉求类别、牵头单位、治理措施、起始月份（默认本月）和对照期月数（默认 6）；牵头单位收到待办消息")
	TopicView choose(@RequestBody TopicRequest request, Actor actor) {
		return topics.choose(request, actor);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	@Operation(summary = "一个选题：逐月诉求量、解决率、满意率，选题前后对照和净效果")
	TopicView one(@PathVariable long id) {
		return topics.view(id);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	@Operation(summary = "结题：成效此后计算至上一个完整月份为止")
	TopicView close(@PathVariable long id) {
		return topics.close(id);
	}
}
