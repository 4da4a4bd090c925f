package org.zhili.inspection.internal.publication;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.process.Exports;

/** 一公开 in the portal: the published results, filtered by department and year; the draws load beside them. */
@Controller
class PublicResultsPages {

	private static final int SHOWN = 500;

	static final List<Exports.Column<PublicResult>> COLUMNS = List.of(
			Exports.Column.of("检查对象", 30, PublicResult::subjectName),
			Exports.Column.of("统一社会信用代码", 20, PublicResult::creditCode),
			Exports.Column.of("抽查任务", 30, PublicResult::taskName),
			Exports.Column.of("实施部门", 20, PublicResult::departmentName),
			Exports.Column.of("检查结果", 16, PublicResult::resultLabel),
			Exports.Column.of("完成日期", 12, PublicResult::completedOn),
			Exports.Column.of("公示日期", 12, PublicResult::publishedOn));

	private final PublishedResults results;
	private final Exports exports;

	PublicResultsPages(PublishedResults results, Exports exports) {
		this.results = results;
		this.exports = exports;
	}

	@GetMapping("/public/inspection")
	String results(@RequestParam(required = false) String department, @RequestParam(required = false) Integer year,
			Model model) {
		model.addAttribute("results", results.list(department, year, SHOWN));
		model.addAttribute("departments", results.departments());
		model.addAttribute("years", results.years());
		model.addAttribute("department", department == null || department.isBlank() ? null : department.strip());
		model.addAttribute("year", year);
		return "inspection/public-results";
	}

	/** The results the page lists for the same filter, as CSV. */
	@GetMapping("/public/inspection.csv")
	void csv(@RequestParam(required = false) String department, @RequestParam(required = false) Integer year,
			HttpServletResponse response) throws IOException {
		String filter = (department == null || department.isBlank() ? "全部部门" : department.strip())
				+ (year == null ? "" : "，" + year + "年");
		exports.csv(Exports.Spec.of("public-inspection", "抽查结果", filter, COLUMNS, PublishedResults.MOST),
				Exports.Rows.of(results.list(department, year, PublishedResults.MOST)), response);
	}
}
