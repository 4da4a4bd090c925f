package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** The routing model (version, retraining, the examples it learns from), auto-dispatch rules and accuracy. */
@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "智能分拨")
class RoutingModelController {

	record ModelInfo(String version, String recipe, Instant trainedAt, int examples, int features, List<String> labels,
			boolean shipped, long historyExamples) {
	}

	record RuleInput(Boolean autoDispatch, Double threshold) {
	}

	private final Models models;
	private final Retraining retraining;
	private final TrainingExamples examples;
	private final CategoryRules rules;
	private final Accuracy accuracy;
	private final RoutingBacklog backlog;
	private final Agreement agreement;
	private final Clock clock;

	RoutingModelController(Models models, Retraining retraining, TrainingExamples examples, CategoryRules rules,
			Accuracy accuracy, RoutingBacklog backlog, Agreement agreement, Clock clock) {
		this.models = models;
		this.retraining = retraining;
		this.examples = examples;
		this.rules = rules;
		this.accuracy = accuracy;
		this.backlog = backlog;
		this.agreement = agreement;
		this.clock = clock;
	}

	@GetMapping("/agreement")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG', 'STATS_VIEW')")
	@Operation(summary = "派单采纳率：按月、按一级类别，模型建议的类别被派单员采纳和改派的工单数（默认最近6个月，最长36个月）")
	List<Agreement.Row> agreement(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		YearMonth last = to == null ? agreement.thisMonth() : month("to", to);
		YearMonth first = from == null ? Agreement.recentFrom(last) : month("from", from);
		if (first.isAfter(last)) {
			throw ApiProblem.badInput("from", "from_after_to", "起始月份不能晚于结束月份");
		}
		if (first.plusMonths(36).isBefore(last.plusMonths(1))) {
			throw ApiProblem.badInput("from", "period_too_long", "最多查询36个月");
		}
		return agreement.byMonth(first, last);
	}

	private static YearMonth month(String field, String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw ApiProblem.badInput(field, "invalid_month", field + " 应为年月，如 2026-06");
		}
	}

	/** The backlog: cases registered and not yet routed, and how long the oldest has waited. */
	record Backlog(long cases, long oldestWaitingSeconds) {
	}

	@GetMapping("/backlog")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG', 'STATS_VIEW')")
	@Operation(summary = "智能分拨积压：已受理尚未完成分类、查重和自动派单判断的工单数，以及最久等待秒数")
	Backlog backlog() {
		RoutingBacklog.Reading r = backlog.now();
		return new Backlog(r.cases(), r.ageSeconds());
	}

	@GetMapping("/model")
	@PreAuthorize("hasAnyAuthority('CASE_INTAKE', 'CASE_VIEW', 'CASE_CONFIG')")
	@Operation(summary = "在用的分拨模型：版本、训练数据量、特征数、类别")
	ModelInfo model() {
		var m = models.current();
		return new ModelInfo(m.info().version(), m.info().recipe(), m.info().trainedAt(), m.info().examples(), m.features(),
				m.labels(), m == models.shipped(), examples.count());
	}

	@PostMapping("/model/retrain")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	@Operation(summary = "用随系统发布的语料加平台历史（派单更正、退单后重派、结案分类）重新训练（约半分钟）；新模型在留出工单上的宏平均F1不低于在用模型时才启用，两者的指标都在回答里")
	Retraining.Result retrain(Actor actor) {
		return retraining.retrain(actor);
	}

	@GetMapping("/model/retrainings")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	@Operation(summary = "重新训练记录：时间、操作人、留出检验的工单数、前后指标、是否启用（最近20次）")
	List<Retraining.Record> retrainings() {
		return retraining.history(20);
	}

	@PostMapping("/model/revert")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	@Operation(summary = "恢复为随系统发布的模型")
	ModelInfo revert(Actor actor) {
		retraining.revert(actor);
		return model();
	}

	@GetMapping("/examples")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	@Operation(summary = "平台历史中记录的训练样本（最近的在前）；caseId 只看一张工单的")
	List<TrainingExamples.Example> examples(@RequestParam(required = false) Long caseId,
			@RequestParam(defaultValue = "100") int limit) {
		return caseId != null ? examples.ofCase(caseId) : examples.recent(Math.max(1, Math.min(limit, 1000)));
	}

	// ---- auto-dispatch rules and accuracy ---------------------------------------------------------------------

	@GetMapping("/rules")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG', 'STATS_VIEW')")
	@Operation(summary = "各一级分类的自动派单规则（是否允许、置信度阈值；空为默认阈值）")
	List<CategoryRules.Rule> rules() {
		return rules.all();
	}

	@PutMapping("/rules/{categoryCode}")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG')")
	@Operation(summary = "设置一个一级分类的自动派单规则")
	CategoryRules.Rule rule(@PathVariable String categoryCode, @RequestBody(required = false) RuleInput input,
			Actor actor) {
		if (!rules.isTopLevel(categoryCode)) {
			throw ApiProblem.notFound("category_not_found", "没有一级分类 " + categoryCode);
		}
		if (input == null || input.autoDispatch() == null) {
			throw ApiProblem.badInput("autoDispatch", "auto_dispatch_required", "请说明是否允许自动派单（autoDispatch）");
		}
		if (input.threshold() != null && (!(input.threshold() > 0) || input.threshold() > 1)) {
			throw ApiProblem.badInput("threshold", "threshold_out_of_range", "置信度阈值须大于 0、不超过 1");
		}
		rules.set(categoryCode, input.autoDispatch(), input.threshold(), actor.username(), clock.instant());
		return rules.of(categoryCode);
	}

	@GetMapping("/accuracy")
	@PreAuthorize("hasAnyAuthority('CASE_DISPATCH', 'CASE_CONFIG', 'STATS_VIEW')")
	@Operation(summary = "分拨准确率：各一级分类首次派单未被退回的比例（含自动派单的），以及模型与派单分类一致的比例")
	Accuracy.Report accuracy(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
		return accuracy.report(from, to);
	}
}
