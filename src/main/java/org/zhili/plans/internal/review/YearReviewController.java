package org.zhili.plans.internal.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;

/** A plan's year-end review over HTTP, as data and as a Word document. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办")
class YearReviewController {

	private final YearReview reviews;

	YearReviewController(YearReview reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/{id}/review")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "年终总结（全区范围账号）：各章节任务状态与佐证、指标对比（按文件措辞）、接诉即办受理量/解决率/满意率、建议提案办复率/满意率")
	YearReview.Review review(@PathVariable long id, Actor actor) {
		return reviews.review(id, actor);
	}

	@GetMapping("/{id}/review.docx")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "年终总结 Word 文档（.docx）")
	ResponseEntity<byte[]> reviewDocx(@PathVariable long id, Actor actor) {
		byte[] docx = reviews.docx(id, actor);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"plan-" + id + "-review.docx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(docx);
	}
}
