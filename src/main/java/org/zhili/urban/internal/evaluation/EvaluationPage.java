package org.zhili.urban.internal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.platform.ChinaTime;

/** The monthly 综合评价 as the 监督中心 publishes it: the report's text, then the tables with their definitions. */
@Controller
class EvaluationPage {

	private final UrbanEvaluation evaluation;
	private final EvaluationDocuments documents;
	private final Clock clock;

	EvaluationPage(UrbanEvaluation evaluation, EvaluationDocuments documents, Clock clock) {
		this.evaluation = evaluation;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/urban/evaluation")
	@PreAuthorize(EvaluationController.READERS)
	String page(@RequestParam(required = false) String month, @RequestParam(required = false) String region, Actor actor,
			Model model) {
		MonthlyEvaluation e = evaluation.evaluate(month, region, actor);
		YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			months.add(current.minusMonths(i));
		}
		model.addAttribute("e", e);
		model.addAttribute("reportTitle", documents.title(e));
		model.addAttribute("months", months);
		model.addAttribute("region", e.table(EvaluationFamily.REGION).parent());
		String parent = e.table(EvaluationFamily.REGION).parent();
		model.addAttribute("regionName", evaluation.unitName(parent));
		model.addAttribute("upRegion", evaluation.parentRegion(parent));
		model.addAttribute("childLevel", parent == null ? "STREET" : e.table(EvaluationFamily.REGION).level());
		model.addAttribute("documents", documents);
		model.addAttribute("definitions", Arrays.stream(Indicator.values()).toList());
		return "urban/evaluation";
	}
}
