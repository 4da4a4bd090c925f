package org.zhili.inspection.internal.publication;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published results of 双随机抽查, for everyone without signing in. */
@RestController
@RequestMapping("/api/v1/public/inspection/results")
@Tag(name = "双随机抽查结果公示", description = "已公示的抽查结果：检查对象、统一社会信用代码、任务、实施部门、检查结果、完成与公示日期")
class PublicResultsController {

	private final PublishedResults results;

	PublicResultsController(PublishedResults results) {
		this.results = results;
	}

	@GetMapping
	@Operation(summary = "已公示的抽查结果，最新公示的在前；可按实施部门与计划年度筛选")
	List<PublicResult> list(@Parameter(description = "实施部门代码，如 120104SCJ") @RequestParam(required = false) String department,
			@Parameter(description = "计划年度") @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "200") int limit) {
		return results.list(department, year, limit);
	}
}
