package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.platform.ApiProblem;

/** 智能分拨 over HTTP besides classification: the model, auto-dispatch rules, accuracy, duplicates, hot spots. */
@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "智能分拨")
class RoutingController {

	record ModelInfo(String version, String recipe, Instant trainedAt, int examples, int features, List<String> labels,
			boolean shipped, long historyExamples) {
	}

	record RuleInput(Boolean autoDispatch, Double threshold) {
	}

	record DuplicateCheck(String text, ClassifyController.Point location, Long excludeCaseId) {
	}

	record Candidate(long caseId, String trackingNumber, String title, String state, String stateLabel,
			Instant registeredAt, double similarity, Double distanceMetres, boolean sameArea, CaseView.Territory territory) {
	}

	record ProactiveInput(String note) {
	}

	/** What routing knows of a case: the model's suggestion at registration and how it was routed since. */
	record CaseRouting(long caseId, String predictedCategory, Double confidence, String categoryCode, boolean autoDispatched,
			int dispatches, int returns, List<Candidate> duplicates) {
	}

	private final Models models;
	private final Retraining retraining;
	private final TrainingExamples examples;
	private final CategoryRules rules;
	private final Accuracy accuracy;
	private final Duplicates duplicates;
	private final HotSpots hotSpots;
	private final CaseDirectory directory;
	private final CaseIndex index;
	private final Locator locator;
	private final Clock clock;

	RoutingController(Models models, Retraining retraining, TrainingExamples examples, CategoryRules rules,
			Accuracy accuracy, Duplicates duplicates, HotSpots hotSpots, CaseDirectory directory, CaseIndex index,
			Locator locator, Clock clock) {
		this.index = index;
		this.models = models;
		this.retraining = retraining;
		this.examples = examples;
		this.rules = rules;
		this.accuracy = accuracy;
		this.duplicates = duplicates;
		this.hotSpots = hotSpots;
		this.directory = directory;
		this.locator = locator;
		this.clock = clock;
	}

	// ---- model ------------------------------------------------------------------------------------------

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
	@Operation(summary = "用随系统发布的语料加平台历史（派单更正、退单后重派、结案分类）重新训练并启用模型（约半分钟）")
	Retraining.Result retrain(Actor actor) {
		return retraining.retrain(actor);
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

	// ---- duplicates -------------------------------------------------------------------------------------------

	@PostMapping("/duplicates/check")
	@PreAuthorize("hasAnyAuthority('CASE_INTAKE', 'CASE_VIEW')")
	@Operation(summary = "受理时查重：与文本相似、位置相近、时间窗内的未办结工单（按数据范围）")
	List<Candidate> check(@RequestBody(required = false) DuplicateCheck check, Actor actor) {
		if (check == null || check.text() == null || check.text().isBlank()) {
			throw ApiProblem.badInput("text", "text_required", "请提供要查重的诉求内容 text");
		}
		Double lng = null, lat = null;
		Location place = null;
		ClassifyController.Point p = check.location();
		if (p != null && p.lng() != null && p.lat() != null && Double.isFinite(p.lng()) && Double.isFinite(p.lat())) {
			lng = p.lng();
			lat = p.lat();
			if ("gcj02".equalsIgnoreCase(p.crs())) {
				Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
				lng = wgs.lng();
				lat = wgs.lat();
			}
			place = locator.locate(lng, lat).orElse(null);
		}
		String text = check.text().length() > 4000 ? check.text().substring(0, 4000) : check.text();
		Duplicates.Probe probe = new Duplicates.Probe(text, lng, lat,
				place == null || place.grid() == null ? null : place.grid().code(),
				place == null || place.community() == null ? null : place.community().code());
		return visible(duplicates.find(probe, check.excludeCaseId(), clock.instant()), actor);
	}

	@GetMapping("/cases/{id}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "一张工单的分拨情况：受理时的模型建议、是否自动派单、派单与退单次数、可能重复的工单；尚未处理时 404")
	CaseRouting routing(@PathVariable long id, Actor actor) {
		CaseView kase = directory.find(id, actor)
			.orElseThrow(() -> ApiProblem.notFound("case_not_found", "工单不存在或不在您的数据范围内"));
		CaseIndex.Entry e = index.find(id)
			.orElseThrow(() -> ApiProblem.notFound("case_not_indexed", "智能分拨尚未处理这张工单，请稍后再试"));
		return new CaseRouting(id, e.predictedLabel(), e.predictedConfidence(), e.categoryCode(), e.autoDispatched(),
				e.dispatches(), e.returns(), duplicatesOf(kase, actor));
	}

	@GetMapping("/cases/{id}/duplicates")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "一张工单可能重复的未办结工单")
	List<Candidate> ofCase(@PathVariable long id, Actor actor) {
		return duplicatesOf(directory.find(id, actor)
			.orElseThrow(() -> ApiProblem.notFound("case_not_found", "工单不存在或不在您的数据范围内")), actor);
	}

	private List<Candidate> duplicatesOf(CaseView kase, Actor actor) {
		Duplicates.Probe probe = Duplicates.Probe.of(CaseIndex.textOf(kase), kase);
		return visible(duplicates.find(probe, kase.id(), clock.instant()), actor);
	}

	@GetMapping("/duplicates")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "受理后发现的重复诉求提示（新工单 → 与之重复的未办结工单）")
	List<Duplicates.Suggestion> suggestions(Actor actor, @RequestParam(defaultValue = "100") int limit) {
		return duplicates.open(actor, Math.max(1, Math.min(limit, 500)));
	}

	@PostMapping("/duplicates/{caseId}/{candidateId}/merge")
	@PreAuthorize("hasAuthority('CASE_DISPATCH')")
	@Operation(summary = "合并：把新工单并入与之重复的未办结工单（主件）")
	CaseView merge(@PathVariable long caseId, @PathVariable long candidateId, Actor actor) {
		return duplicates.merge(caseId, candidateId, actor);
	}

	@PostMapping("/duplicates/{caseId}/{candidateId}/dismiss")
	@PreAuthorize("hasAuthority('CASE_DISPATCH')")
	@Operation(summary = "忽略一条重复诉求提示")
	void dismiss(@PathVariable long caseId, @PathVariable long candidateId, Actor actor) {
		duplicates.dismiss(caseId, candidateId, actor);
	}

	// ---- hot spots -------------------------------------------------------------------------------------------

	@GetMapping("/hot-spots")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'STATS_VIEW', 'CASE_DISPATCH')")
	@Operation(summary = "热点预警（未诉先办）：某社区（或网格）某类诉求相对自身基线显著上升；默认为最近一次检测")
	List<HotSpots.HotSpot> hotSpots(@RequestParam(required = false) LocalDate date) {
		return hotSpots.list(date);
	}

	@PostMapping("/hot-spots/detect")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'CASE_DISPATCH')")
	@Operation(summary = "立即检测热点（每天也会按 zhili.routing.hot-spots.run-at 自动检测）")
	List<HotSpots.HotSpot> detect() {
		return hotSpots.detect();
	}

	@PostMapping("/hot-spots/{id}/proactive")
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	@Operation(summary = "把热点转为主动治理工单，派往所在街道，按正常流程办理")
	CaseView proactive(@PathVariable long id, @RequestBody(required = false) ProactiveInput input, Actor actor) {
		return hotSpots.proactive(id, actor, input == null ? null : input.note());
	}

	@PostMapping("/hot-spots/{id}/dismiss")
	@PreAuthorize("hasAnyAuthority('CASE_SUPERVISE', 'CASE_DISPATCH')")
	@Operation(summary = "忽略一个热点")
	void dismissHotSpot(@PathVariable long id, Actor actor) {
		hotSpots.dismiss(id, actor);
	}

	/** Candidates the actor may see, with their current state. */
	private List<Candidate> visible(List<Duplicates.Candidate> found, Actor actor) {
		List<Candidate> out = new ArrayList<>();
		for (Duplicates.Candidate c : found) {
			Optional<CaseView> v = directory.find(c.caseId(), actor);
			if (v.isPresent() && !v.get().state().terminal()) {
				out.add(new Candidate(c.caseId(), c.trackingNumber(), v.get().title(), v.get().state().code(),
						v.get().state().label(), c.registeredAt(), c.similarity(), c.distanceMetres(), c.sameArea(),
						v.get().territory()));
			}
		}
		return out;
	}
}
