package org.zhili.inspection.internal.credit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.inspection.CreditStatus;
import org.zhili.platform.ApiProblem;

/** The 守信激励 and 失信惩戒 lists and a subject's standing, public as the credit system's are. */
@RestController
@RequestMapping("/api/v1/public/inspection/credit")
@Tag(name = "信用联合奖惩公开", description = "守信激励、失信惩戒名单；按统一社会信用代码查询信用风险分类与名单状态")
class PublicCreditController {

	private final CreditStatus credit;

	PublicCreditController(CreditStatus credit) {
		this.credit = credit;
	}

	@GetMapping
	@Operation(summary = "名单：standing 为 REWARDED（守信激励）或 PUNISHED（失信惩戒）")
	List<CreditStatus.Status> list(@RequestParam String standing, @RequestParam(defaultValue = "200") int limit) {
		CreditStatus.Standing s;
		try {
			s = CreditStatus.Standing.valueOf(standing);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("standing", "invalid_standing", "standing 须为 REWARDED（守信激励）或 PUNISHED（失信惩戒）");
		}
		if (s == CreditStatus.Standing.NORMAL) {
			throw ApiProblem.badInput("standing", "invalid_standing", "只公开守信激励与失信惩戒名单");
		}
		if (limit < 1 || limit > 1000) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在1至1000之间");
		}
		return credit.list(s, limit);
	}

	@GetMapping("/{creditCode}")
	@Operation(summary = "一个市场主体的信用风险分类与名单状态")
	CreditStatus.Status of(@PathVariable String creditCode) {
		return credit.of(creditCode.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> ApiProblem.notFound("subject_not_found", "检查对象名录库中没有这个统一社会信用代码"));
	}
}
