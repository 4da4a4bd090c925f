package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

/** Repeated requests: checking a text at intake, a case's routing and duplicates, merging or dismissing them. */
@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "智能分拨")
class DuplicateController {

	record DuplicateCheck(String text, ClassifyController.Point location, Long excludeCaseId) {
	}

	record Candidate(long caseId, String trackingNumber, String title, String state, String stateLabel,
			Instant registeredAt, double similarity, Double distanceMetres, boolean sameArea, CaseView.Territory territory) {
	}

	/** What routing knows of a case: the model's suggestion at registration and how it was routed since. */
	record CaseRouting(long caseId, String predictedCategory, Double confidence, String categoryCode, boolean autoDispatched,
			int dispatches, int returns, List<Candidate> duplicates) {
	}

	private final Duplicates duplicates;
	private final CaseDirectory directory;
	private final CaseIndex index;
	private final Locator locator;
	private final Clock clock;

	DuplicateController(Duplicates duplicates, CaseDirectory directory, CaseIndex index, Locator locator, Clock clock) {
		this.duplicates = duplicates;
		this.directory = directory;
		this.index = index;
		this.locator = locator;
		this.clock = clock;
	}

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
		Duplicates.Probe probe = Duplicates.Probe.of(CaseIndex.textOf(kase.title(), kase.description()), kase);
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
