package org.zhili.opinion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.SignalSentiment;
import org.zhili.opinion.Signals;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Links;
import org.zhili.process.TimelineEntry;

/** 舆情 over HTTP: register, 研判, 核实, close or convert, publish the reply; topics and figures. */
@RestController
@RequestMapping("/api/v1/signals")
@Tag(name = "舆情", description = "网络舆情线索：登记、研判、交办核实、办结或转12345工单/信访、发布回应口径；与12345热点归并；统计")
class SignalController {

	record ReportRequest(String source, String title, String link, String text, Instant firstSeen, Integer reads,
			Integer shares, Integer comments, String sentiment, String streetCode, String communityCode, String unitCode,
			String categoryCode, String address) {
	}

	record AssignRequest(String unitCode, String note) {
	}

	record VerifyRequest(String finding) {
	}

	record CloseRequest(String closure, String note) {
	}

	record NoteRequest(String note) {
	}

	record ReplyRequest(String reply) {
	}

	record SentimentRequest(String sentiment) {
	}

	record TextRequest(String text) {
	}

	record ConvertedCase(String trackingNumber, SignalViews.SignalDetail signal) {
	}

	record ConvertedPetition(Petitions.Registered petition, SignalViews.SignalDetail signal) {
	}

	private final SignalSteps steps;
	private final SignalReader reader;
	private final SignalFigures figures;
	private final SentimentLexicon lexicon;
	private final OpinionProperties properties;

	SignalController(SignalSteps steps, SignalReader reader, SignalFigures figures, SentimentLexicon lexicon,
			OpinionProperties properties) {
		this.steps = steps;
		this.reader = reader;
		this.figures = figures;
		this.lexicon = lexicon;
		this.properties = properties;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "舆情列表（网信办见全部，街道、部门见涉及本单位或交本单位核实的），最新发现的在前")
	List<SignalViews.SignalLine> list(Actor actor, @Parameter(description = "状态，如 NEW、VERIFYING") @RequestParam(required = false) String state,
			@Parameter(description = "来源代码，如 WEIBO") @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "500") int limit) {
		return reader.list(actor, state(state), source == null || source.isBlank() ? null : source, limit);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "登记一条舆情（链接或内容至少一项）；未给倾向时按文本词典建议；研判时限开始计时")
	ResponseEntity<Signals.Reported> report(@RequestBody ReportRequest r, Actor actor) {
		Signals.Reported reported = steps.report(new Signals.NewSignal(r.source(), r.title(), r.link(), r.text(),
				r.firstSeen(), n(r.reads()), n(r.shares()), n(r.comments()), sentiment(r.sentiment(), false),
				r.streetCode(), r.communityCode(), r.unitCode(), r.categoryCode(), r.address()), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(reported);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "一条舆情：内容、传播、倾向（含词典建议）、核实结果、可执行操作、时间线、关联事项、督办、同一话题的12345热点")
	SignalViews.SignalDetail get(@PathVariable long id, Actor actor) {
		return reader.detail(id, actor);
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "一条舆情的全过程记录")
	List<TimelineEntry> timeline(@PathVariable long id, Actor actor) {
		return reader.timeline(id, actor);
	}

	@GetMapping("/{id}/links")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "由这条舆情转成的工单、信访件（双向关联）")
	List<Links.Link> links(@PathVariable long id, Actor actor) {
		return reader.links(id, actor);
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "研判：交街道或部门限时核实（核实时限开始计时）")
	SignalViews.SignalDetail assign(@PathVariable long id, @RequestBody AssignRequest r, Actor actor) {
		steps.assign(id, r.unitCode(), r.note(), actor);
		return reader.detail(id, actor);
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "核实单位报送核实结果")
	SignalViews.SignalDetail verify(@PathVariable long id, @RequestBody VerifyRequest r, Actor actor) {
		steps.verify(id, r.finding(), actor);
		return reader.detail(id, actor);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "办结：UNTRUE 不实、HANDLED 已处置、NO_ACTION 无需处置")
	SignalViews.SignalDetail close(@PathVariable long id, @RequestBody CloseRequest r, Actor actor) {
		steps.close(id, closure(r.closure()), r.note(), actor);
		return reader.detail(id, actor);
	}

	@PostMapping("/{id}/to-case")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "转12345工单（渠道：主动治理），双向关联")
	ConvertedCase toCase(@PathVariable long id, @RequestBody(required = false) NoteRequest r, Actor actor) {
		String number = steps.toCase(id, r == null ? null : r.note(), actor);
		return new ConvertedCase(number, reader.detail(id, actor));
	}

	@PostMapping("/{id}/to-petition")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "转信访（渠道：部门移交），双向关联")
	ConvertedPetition toPetition(@PathVariable long id, @RequestBody(required = false) NoteRequest r, Actor actor) {
		Petitions.Registered p = steps.toPetition(id, r == null ? null : r.note(), actor);
		return new ConvertedPetition(p, reader.detail(id, actor));
	}

	@PostMapping("/{id}/publish-reply")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "发布回应口径（公开页面可见，不含个人信息）")
	SignalViews.SignalDetail publishReply(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		steps.publishReply(id, r.reply(), actor);
		return reader.detail(id, actor);
	}

	@PutMapping("/{id}/sentiment")
	@PreAuthorize("hasAuthority('OPINION_TRIAGE')")
	@Operation(summary = "调整倾向：NEGATIVE 负面、NEUTRAL 中性、POSITIVE 正面")
	SignalViews.SignalDetail sentiment(@PathVariable long id, @RequestBody SentimentRequest r, Actor actor) {
		steps.sentiment(id, sentiment(r.sentiment(), true), actor);
		return reader.detail(id, actor);
	}

	@PostMapping("/sentiment-suggestion")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "按词典给出文本的倾向建议及命中的词")
	Map<String, Object> suggest(@RequestBody TextRequest r) {
		SentimentLexicon.Reading reading = lexicon.read(r.text());
		return Map.of("sentiment", reading.sentiment().name(), "label", reading.sentiment().label(), "score",
				reading.score(), "words", reading.words());
	}

	@GetMapping("/sources")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "可选的舆情来源（可配置）")
	Map<String, String> sources() {
		return properties.sources();
	}

	@GetMapping("/topics")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "话题：同一街道、同一一级分类的舆情与12345热点归并，含件数")
	List<SignalViews.Topic> topics(Actor actor) {
		return reader.topics(actor);
	}

	@GetMapping("/figures")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "统计：按来源、倾向、结果的件数，研判与核实用时中位数（小时）；默认本年")
	SignalFigures.Figures figures(Actor actor, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		SignalPeriod p = SignalPeriod.of(from, to, steps);
		return figures.of(p.from(), p.to(), actor);
	}

	static SignalWorkflow.State state(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return SignalWorkflow.State.valueOf(s.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("state", "unknown_state", "状态须为 NEW、VERIFYING、VERIFIED、CLOSED、CASE 或 PETITION");
		}
	}

	private static SignalClosure closure(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return SignalClosure.valueOf(s.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("closure", "unknown_closure", "办结结果须为 UNTRUE（不实）、HANDLED（已处置）或 NO_ACTION（无需处置）");
		}
	}

	private static SignalSentiment sentiment(String s, boolean required) {
		if (s == null || s.isBlank()) {
			if (required) {
				throw ApiProblem.badInput("sentiment", "sentiment_required", "请选择倾向：负面、中性或正面");
			}
			return null;
		}
		try {
			return SignalSentiment.valueOf(s.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("sentiment", "unknown_sentiment", "倾向须为 NEGATIVE、NEUTRAL 或 POSITIVE");
		}
	}

	private static int n(Integer v) {
		return v == null ? 0 : v;
	}
}
