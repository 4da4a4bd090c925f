package org.zhili.plans.internal.ingestion;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** The reviewer's decisions on a draft's proposed items, and the reader's acceptance rate they add up to. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办")
class IngestReviewController {

	/** A decision with the reviewer's version of the item (for EDITED; fields left out stay as proposed). */
	record DecisionInput(ReviewDecision decision, ItemKind kind, String title, java.math.BigDecimal value, String unit,
			Integer year, String unitCode) {
	}

	private final IngestReviews reviews;
	private final IngestActualMatches matches;

	IngestReviewController(IngestReviews reviews, IngestActualMatches matches) {
		this.reviews = reviews;
		this.matches = matches;
	}

	@GetMapping("/drafts/{id}/actual-matches")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "草稿中的实绩可作为哪些已发布指标的实际值",
			description = "按单位、年度相同且指标名称相近（去掉“新增、完成、累计”等词后一方包含另一方，或共同部分不少于较长者的一半）配对；"
					+ "记录实际值用 PUT /api/v1/plans/targets/{id}/actuals。")
	List<IngestActualMatches.Match> actualMatches(@PathVariable long id) {
		return matches.matches(id);
	}

	@PutMapping("/drafts/{id}/items/{key}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "审核草稿中的一项建议：采纳、修改或删除",
			description = "decision: ACCEPTED|EDITED|DROPPED；修改时可带 kind、title、value、unit、year、unitCode。"
					+ "识别结果与审核结果一并保存，用于统计各类文件的识别采纳率；草稿发布后不能再改（409）。")
	IngestReviews.Review decide(@PathVariable long id, @PathVariable String key, @RequestBody DecisionInput input,
			Actor actor) {
		if (input == null) {
			throw ApiProblem.badInput("decision", "decision_missing", "请给出审核结果：ACCEPTED、EDITED 或 DROPPED");
		}
		return reviews.decide(id, key, input.decision(), new IngestReviews.Edit(input.kind(), input.title(),
				input.value(), input.unit(), input.year(), input.unitCode()), actor);
	}

	@GetMapping("/drafts/{id}/reviews")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "一份草稿已保存的审核结果")
	List<IngestReviews.Review> reviews(@PathVariable long id) {
		return reviews.reviews(id);
	}

	@GetMapping("/ingestion/feedback")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "文件识别的审核反馈：按文件形式统计的采纳率",
			description = "acceptanceRate = 原样采纳 / 已审核；keptRate = (原样采纳 + 修改后采纳) / 已审核；"
					+ "并给出被采纳与被删除建议的平均置信度。")
	List<IngestReviews.FormFeedback> feedback() {
		return reviews.feedback();
	}
}
