package org.zhili.plans.internal.suggestions;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.PlanTime;
import org.zhili.platform.ApiProblem;

/** The register of 人大代表建议 and 政协提案 over HTTP. */
@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "建议提案办理", description = "人大代表建议、政协提案：登记、交办、协办意见、答复（A–D）、满意度、重新办理；办复率、满意率、见面率")
class SuggestionController {

	record AssignRequest(String leadUnit, List<String> coUnits, Boolean difficult) {
	}

	record OpinionRequest(String opinion) {
	}

	record ReplyRequest(String reply, String grade, Boolean met) {
	}

	record FeedbackRequest(String satisfaction) {
	}

	record Created(long id) {
	}

	private final SuggestionService suggestions;
	private final PlanTime time;

	SuggestionController(SuggestionService suggestions, PlanTime time) {
		this.suggestions = suggestions;
		this.time = time;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "登记建议或提案：kind DEPUTY（人大代表建议）或 CPPCC（政协提案）、编号、标题、内容、提出人、届次")
	ResponseEntity<Created> register(@RequestBody SuggestionService.NewSuggestion in, Actor actor) {
		long id = suggestions.register(in, actor);
		return ResponseEntity.created(URI.create("/api/v1/suggestions/" + id)).body(new Created(id));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "建议提案台账（单位账号只见本单位主办或协办的）")
	List<SuggestionService.Suggestion> list(Actor actor, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String kind) {
		return suggestions.list(actor, year, kind(kind));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "一件建议或提案：协办意见、办理过程、当前可做的操作")
	SuggestionService.Suggestion get(@PathVariable long id, Actor actor) {
		return suggestions.get(id, actor);
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "交办：主办单位、协办单位；difficult=true 为重点难点（6个月，否则3个月内答复）")
	void assign(@PathVariable long id, @RequestBody AssignRequest r, Actor actor) {
		suggestions.assign(id, actor, r.leadUnit(), r.coUnits(), Boolean.TRUE.equals(r.difficult()));
	}

	@PostMapping("/{id}/opinions")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "协办单位向主办单位提交意见（主办单位答复前）")
	void opinion(@PathVariable long id, @RequestBody OpinionRequest r, Actor actor) {
		suggestions.opinion(id, actor, r.opinion());
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "主办单位答复：grade A（已解决）/B（正在解决）/C（列入规划）/D（留作参考），met 是否与提出人见面沟通")
	void reply(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		suggestions.reply(id, actor, r.reply(), r.grade(), r.met());
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "记录提出人的反馈：SATISFIED、BASICALLY_SATISFIED 办结；UNSATISFIED 退回重新办理（2个月）")
	void feedback(@PathVariable long id, @RequestBody FeedbackRequest r, Actor actor) {
		suggestions.feedback(id, actor, r.satisfaction());
	}

	@GetMapping("/rates")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "办复率（按期答复/交办）、满意率（满意+基本满意/反馈）、见面率（见面/答复），按交办年度")
	SuggestionService.Rates rates(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind) {
		int y = year == null ? time.today().getYear() : year;
		if (y < 2000 || y > 2100) {
			throw ApiProblem.badInput("year", "invalid_year", "年份须在2000至2100之间");
		}
		return suggestions.rates(y, kind(kind));
	}

	private static String kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		if (!kind.equals("DEPUTY") && !kind.equals("CPPCC")) {
			throw ApiProblem.badInput("kind", "invalid_kind", "类别须为 DEPUTY 或 CPPCC");
		}
		return kind;
	}
}
